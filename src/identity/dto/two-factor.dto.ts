import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';

export class EnrolmentDto {
  /** Base32 TOTP secret, for manual entry in an authenticator app. */
  @ApiProperty({ example: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' })
  secret: string;

  /** The `otpauth://` URI the QR code encodes. */
  @ApiProperty({
    example:
      'otpauth://totp/Outpost:ada%40acme.example?secret=JBSWY3DPEHPK3PXP&period=30&digits=6&algorithm=SHA1&issuer=Outpost',
  })
  otpauthUri: string;

  /** The QR code as a `data:image/png;base64,…` URL, ready for an `<img src>`. */
  @ApiProperty({ example: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA...' })
  qrCodeDataUrl: string;

  /** Where to download the same QR code as `image/png` (authenticated). */
  @ApiProperty({ example: '/api/v1/me/2fa/qr.png' })
  qrCodeUrl: string;
}

export class ConfirmTwoFactorDto {
  /** A current 6-digit code from the authenticator app. */
  @ApiProperty({ example: '492039' })
  @IsString()
  @Matches(/^\d{6}$/, { message: 'code must be 6 digits' })
  code: string;
}

export class RecoveryCodesDto {
  /** Ten single-use recovery codes. Shown once: they are stored hashed. */
  @ApiProperty({ type: [String], example: ['K7PQ2-MX9TA', 'ZR4WD-8HJ3N'] })
  recoveryCodes: string[];
}

export class DisableTwoFactorDto {
  /** The account password. */
  @ApiProperty({ example: 'correct horse battery staple' })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password: string;

  /** A current 6-digit code, or one unused recovery code. */
  @ApiProperty({ example: '492039' })
  @IsString()
  @MinLength(6)
  @MaxLength(16)
  code: string;
}
