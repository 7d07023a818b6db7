import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { IsOptionalNotNull } from '../../common/validation.js';
import { IsDisplayText } from '../../common/display-text.js';

/** Who asked for a change of an organisation's permission set: a permission contact, or a named person. */
export class RequestedByInputDto {
  @ApiPropertyOptional({ format: 'uuid', description: "One of the organization's permission contacts" })
  @IsOptionalNotNull()
  @IsUUID()
  userId?: string;

  @ApiPropertyOptional({ example: 'Jane Doe', description: 'A named person (with email) instead of a contact' })
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 200)
  @IsDisplayText()
  name?: string;

  @ApiPropertyOptional({ example: 'jane.doe@acme.example' })
  @IsOptionalNotNull()
  @IsEmail()
  @MaxLength(254)
  email?: string;
}

/** Who asked, as recorded with the change (a contact's name and email as they were then). */
export class RequestedByDto {
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The permission contact; null: a named person',
  })
  userId: string | null;
  @ApiProperty({ example: 'Jane Doe' })
  name: string;
  @ApiProperty({ type: String, nullable: true, example: 'jane.doe@acme.example' })
  email: string | null;
}
