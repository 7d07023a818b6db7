import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsString, Matches, MaxLength } from 'class-validator';
import { IsOptionalNotNull } from '../../common/validation.js';

/** Which notification mail the signed-in user receives. Security mail is always sent and not listed. */
export class NotificationPreferencesDto {
  @ApiProperty({ example: true, description: 'A ticket you can read was raised' })
  ticketCreated: boolean;
  @ApiProperty({ example: true, description: 'A comment on a ticket you follow' })
  ticketCommented: boolean;
  @ApiProperty({ example: true, description: 'A ticket you follow changed status' })
  ticketStatusChanged: boolean;
  @ApiProperty({ example: false, description: 'A ticket you follow was edited' })
  ticketUpdated: boolean;
  @ApiProperty({ example: true, description: 'You were added in copy of a ticket' })
  ticketCcAdded: boolean;
  @ApiProperty({ example: true, description: 'Your approval is asked' })
  validationRequested: boolean;
  @ApiProperty({ example: true, description: 'A validation you asked for was decided' })
  validationDecided: boolean;
}

export class UpdateNotificationPreferencesDto {
  @ApiPropertyOptional() @IsOptionalNotNull() @IsBoolean() ticketCreated?: boolean;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsBoolean() ticketCommented?: boolean;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsBoolean() ticketStatusChanged?: boolean;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsBoolean() ticketUpdated?: boolean;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsBoolean() ticketCcAdded?: boolean;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsBoolean() validationRequested?: boolean;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsBoolean() validationDecided?: boolean;
}

export class UnsubscribeDto {
  @ApiProperty({
    description: 'The token of the `List-Unsubscribe` link of a notification mail',
    example: '0192f7a4-8c1e-7b3a-9f00-1d2e3f4a5b6c.ticket.commented.3q2-7wAbCdEfGhIjKlMnOp',
  })
  @IsString()
  @MaxLength(200)
  @Matches(/^[0-9a-f-]{36}\.[a-z_.]{1,64}\.[A-Za-z0-9_-]{22}$/, { message: 'token is not an unsubscribe token' })
  token: string;
}

export class UnsubscribedDto {
  @ApiProperty({ example: 'ticketCommented', description: 'The preference now turned off' })
  preference: string;
}
