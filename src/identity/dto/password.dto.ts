import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { TokenDto } from './register.dto.js';

export class ForgotPasswordDto {
  @ApiProperty({ example: 'grace@acme.example' })
  @IsEmail()
  @MaxLength(254)
  email: string;
}

export class ResetPasswordDto extends TokenDto {
  /** The new password: at least 10 characters, at most 72 bytes (UTF-8), not containing the email or name. */
  @ApiProperty({ example: 'another long passphrase' })
  @IsString()
  @MaxLength(256)
  password: string;
}

/** Accepting a staff invitation: the emailed token and the password to set. */
export class AcceptInvitationDto extends ResetPasswordDto {}

export class ChangePasswordDto {
  @ApiProperty({ example: 'correct horse battery staple' })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  currentPassword: string;

  /** At least 10 characters, at most 72 bytes (UTF-8), not containing the email or name. */
  @ApiProperty({ example: 'another long passphrase' })
  @IsString()
  @MaxLength(256)
  newPassword: string;
}
