import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsNotEmpty, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { IsOptionalNotNull } from '../../common/validation.js';
import { IsDisplayText } from '../../common/display-text.js';

export const LOCALE_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export class RegisterDto {
  /** The email address; it must be confirmed before the first login. */
  @ApiProperty({ example: 'grace@acme.example' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'Grace Hopper' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @IsDisplayText()
  name: string;

  /** At least 10 characters, at most 72 bytes (UTF-8), not containing the email or name. */
  @ApiProperty({ example: 'a long and unusual passphrase' })
  @IsString()
  @MaxLength(256)
  password: string;

  /**
   * The customer's client number (a site abbreviation), when the portal registers by client
   * number. Without it, the email's domain decides (portals that register by email domain).
   */
  @ApiPropertyOptional({ example: 'ACME-HQ' })
  @IsOptionalNotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  clientNumber?: string;

  @ApiPropertyOptional({ example: 'en-GB' })
  @IsOptionalNotNull()
  @IsString()
  @Matches(LOCALE_PATTERN, { message: 'locale must be a language tag such as en or en-GB' })
  @MaxLength(35)
  locale?: string;
}

export class AcceptedDto {
  @ApiProperty({ example: 'If the details are valid, we have sent an email with a link to continue.' })
  message: string;
}

export class TokenDto {
  /** The token from the emailed link. */
  @ApiProperty({ example: 've_Xk2...' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(512)
  token: string;
}

export class VerifyEmailResultDto {
  /** `EMAIL_VERIFIED` after a registration, `EMAIL_CHANGED` after an email change. */
  @ApiProperty({ enum: ['EMAIL_VERIFIED', 'EMAIL_CHANGED'] })
  result: 'EMAIL_VERIFIED' | 'EMAIL_CHANGED';

  /** The (new) sign-in address. */
  @ApiProperty({ example: 'grace@acme.example' })
  email: string;
}
