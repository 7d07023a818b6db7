import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

export class LoginDto {
  /** Email address of the account. */
  @ApiProperty({ example: 'admin@outpost.example' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  /** The account password. */
  @ApiProperty({ example: 'correct horse battery staple' })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password: string;
}

export class TokensDto {
  /** Short-lived JWT for the `Authorization: Bearer` header. */
  @ApiProperty({ example: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...' })
  accessToken: string;

  /** Opaque, single-use refresh token; exchange it at `POST /auth/refresh`. */
  @ApiProperty({ example: 'rt_3q2+7w...' })
  refreshToken: string;

  @ApiProperty({ example: 'Bearer', enum: ['Bearer'] })
  tokenType: 'Bearer';

  /** Seconds until the access token expires. */
  @ApiProperty({ example: 900 })
  expiresIn: number;

  /**
   * `true` when a portal of one of the user's organisations requires 2FA and the account has none
   * yet: until `POST /me/2fa/enrol` and `POST /me/2fa/confirm` are done, every other route but
   * `GET /me` answers 403.
   */
  @ApiProperty({ example: false })
  mfaEnrolmentRequired: boolean;
}

export class MfaRequiredDto {
  @ApiProperty({ example: true, enum: [true] })
  mfaRequired: true;

  /** Short-lived token, usable only at `POST /auth/login/2fa`. */
  @ApiProperty({ example: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...' })
  mfaToken: string;

  /** Always `false` here: the account already has 2FA. */
  @ApiProperty({ example: false })
  mfaEnrolmentRequired: boolean;
}
