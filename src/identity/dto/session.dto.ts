import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsString, MaxLength, MinLength } from 'class-validator';
import { IsOptionalNotNull } from '../../common/validation.js';

export class LoginSecondFactorDto {
  /** The `mfaToken` returned by `POST /auth/login` (valid 5 minutes). */
  @ApiProperty({ example: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...' })
  @IsString()
  @MinLength(1)
  @MaxLength(2048)
  mfaToken: string;

  /** A current 6-digit code from the authenticator app, or one unused recovery code (`XXXXX-XXXXX`). */
  @ApiProperty({ example: '492039' })
  @IsString()
  @MinLength(6)
  @MaxLength(16)
  code: string;
}

export class RefreshDto {
  /** The refresh token from the last login or refresh. Single use: a new one comes back. */
  @ApiProperty({ example: 'rt_3q2-7wZ...' })
  @IsString()
  @MinLength(1)
  @MaxLength(512)
  refreshToken: string;
}

export class LogoutDto extends RefreshDto {
  /** Also end every other session of the account (all devices). */
  @ApiPropertyOptional({ default: false })
  @IsOptionalNotNull()
  @IsBoolean()
  everywhere?: boolean;
}
