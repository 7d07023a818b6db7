import { ApiProperty } from '@nestjs/swagger';

/**
 * A reference with its display name, next to the plain id field (`requesterId` and `requester`).
 * The object is always there when the id is; `name` is null when the caller may not see it.
 */
export class NamedRefDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Ada Lovelace',
    description: 'Display name; null when the caller may not see it',
  })
  name: string | null;
}

/** A site with its name and abbreviation (the client number), both null when the caller may not see the site. */
export class SiteRefDto extends NamedRefDto {
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'ACME-HQ',
    description: "The site's abbreviation (client number); null with the name",
  })
  abbreviation: string | null;
}
