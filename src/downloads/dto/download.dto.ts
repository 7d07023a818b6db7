import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { IsBase64, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { IsOptionalNotNull, IsOneOf } from '../../common/validation.js';
import { PageQuery } from '../../common/pagination.js';
import { IsDisplayText } from '../../common/display-text.js';

/** Content types a download may have (served as attachments with nosniff in any case). */
export const DOWNLOAD_CONTENT_TYPES = [
  'application/pdf',
  'application/zip',
  'application/octet-stream',
  'application/x-sh',
  'application/x-openvpn-profile',
  'application/x-apple-aspen-config',
  'application/x-msi',
  'text/plain',
  'text/csv',
] as const;

/** The operating system a download is for (`ANY`: not specific to one). */
export const PLATFORMS = ['WINDOWS', 'MACOS', 'LINUX', 'IOS', 'ANDROID', 'ANY'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Largest file accepted, in bytes (the base64 body must also fit the request body limit). */
export const DOWNLOAD_MAX_BYTES = 512 * 1024;
/** Longest base64 text of a DOWNLOAD_MAX_BYTES file. */
const BASE64_MAX_LENGTH = Math.ceil(DOWNLOAD_MAX_BYTES / 3) * 4 + 4;

/** Letters, digits, dot, dash, underscore and space; no path, no leading dot, at most 100. */
export const SAFE_FILE_NAME = /^(?!.*\.\.)[A-Za-z0-9_][A-Za-z0-9._ -]{0,98}[A-Za-z0-9_]$/;

export class DownloadDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Published to every organization of this portal',
  })
  portalId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Published to this organization' })
  organizationId: string | null;
  @ApiProperty({ example: 'VPN client configuration (Windows)' })
  title: string;
  @ApiProperty({ example: 'vpn-windows.ps1' })
  fileName: string;
  @ApiProperty({ enum: DOWNLOAD_CONTENT_TYPES, example: 'text/plain' })
  contentType: string;
  @ApiProperty({ enum: PLATFORMS, enumName: 'Platform', example: 'WINDOWS' })
  platform: Platform;
  @ApiProperty({ example: 2048, description: 'Bytes' })
  size: number;
  @ApiProperty({ example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' })
  sha256: string;
  @ApiProperty()
  createdAt: Date;
}

export class DownloadListQuery extends PageQuery {
  /** Downloads of this organization and of its portal (never widens what the caller may see). */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  /** Only the downloads for this operating system (`ANY` lists those not specific to one). */
  @ApiPropertyOptional({ enum: PLATFORMS, enumName: 'Platform' })
  @IsOptional()
  @IsOneOf(PLATFORMS)
  platform?: Platform;
}

export class CreateDownloadDto {
  /** Publish to every organization of a portal (give exactly one of portalId and organizationId). */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptionalNotNull()
  @IsUUID()
  portalId?: string;

  /** Publish to one organization. */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptionalNotNull()
  @IsUUID()
  organizationId?: string;

  @ApiProperty({ example: 'VPN client configuration (Windows)' })
  @IsString()
  @Length(1, 200)
  @IsDisplayText()
  title: string;

  @ApiProperty({ example: 'vpn-windows.ps1', description: 'Letters, digits, dot, dash, underscore, space; no path' })
  @IsString()
  @Matches(SAFE_FILE_NAME, {
    message: 'fileName must be a plain file name (letters, digits, . _ - and space, no path)',
  })
  @IsDisplayText()
  fileName: string;

  @ApiProperty({ enum: DOWNLOAD_CONTENT_TYPES, example: 'text/plain' })
  @IsOneOf(DOWNLOAD_CONTENT_TYPES)
  contentType: string;

  /** The operating system the file is for. */
  @ApiPropertyOptional({ enum: PLATFORMS, enumName: 'Platform', default: 'ANY' })
  @IsOptionalNotNull()
  @IsOneOf(PLATFORMS)
  platform?: Platform;

  /** The file, base64-encoded (at most 512 KiB decoded). Deprecated: send the file as multipart/form-data instead. */
  @ApiProperty({
    example: 'V3JpdGUtSG9zdCAiaGVsbG8i',
    maxLength: BASE64_MAX_LENGTH,
    deprecated: true,
    description:
      'Deprecated (kept for one release): the file base64-encoded, at most 512 KiB decoded. Send multipart/form-data with a `file` part instead (up to ATTACHMENT_MAX_BYTES)',
  })
  @IsString()
  @MaxLength(BASE64_MAX_LENGTH)
  @IsBase64()
  contentBase64: string;
}

/** The text fields of a multipart download, validated like the JSON body (the file comes as a part). */
export class CreateDownloadFieldsDto extends OmitType(CreateDownloadDto, [
  'fileName',
  'contentType',
  'contentBase64',
] as const) {}

/** The multipart/form-data variant of publishing a download (OpenAPI only): fields first, then the file. */
export class CreateDownloadWithFileBody extends OmitType(CreateDownloadDto, [
  'fileName',
  'contentType',
  'contentBase64',
] as const) {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description:
      'The file, after the fields: its part file name (letters, digits, `. _ -` and space) and Content-Type (one of the allow-listed types, agreeing with the bytes) are kept',
  })
  file: unknown;
}
