import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../access/principal.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import { Authenticated, StaffOnly } from '../auth/policy.decorator.js';
import { ApiProblems } from '../common/api-problems.js';
import { PageOf } from '../common/pagination.js';
import { UuidPipe } from '../common/validation.js';
import { CreateInvoiceDto, InvoiceDto, InvoiceListQuery } from './dto/invoice.dto.js';
import { InvoicesService } from './invoices.service.js';
import { IdempotentCreate } from '../common/idempotency.js';

const InvoicePage = PageOf(InvoiceDto, 'InvoicePage');

@ApiTags('invoices')
@Controller()
export class InvoicesController {
  constructor(private readonly invoices: InvoicesService) {}

  @Get('invoices')
  @Authenticated()
  @ApiOperation({
    summary: "List invoices, newest issue date first (staff: all; CONTROLLER: their organizations')",
    description: 'A caller none of whose roles gives invoices gets 403 "requires CONTROLLER".',
  })
  @ApiOkResponse({ type: InvoicePage })
  @ApiProblems(400, 403)
  list(@CurrentPrincipal() p: Principal, @Query() q: InvoiceListQuery) {
    return this.invoices.list(p, q);
  }

  @Post('invoices')
  @StaffOnly()
  @ApiOperation({ summary: 'Create an invoice for an organization, optionally for one of its contracts (staff)' })
  @ApiCreatedResponse({ type: InvoiceDto })
  @ApiProblems(400, 409, 422)
  @IdempotentCreate()
  create(@CurrentPrincipal() p: Principal, @Body() dto: CreateInvoiceDto) {
    return this.invoices.create(p, dto);
  }

  @Get('invoices/:id')
  @Authenticated()
  @ApiOperation({ summary: 'Get an invoice (staff; CONTROLLER of its organization)' })
  @ApiOkResponse({ type: InvoiceDto })
  @ApiProblems(400, 403, 404)
  get(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string) {
    return this.invoices.get(p, id);
  }
}
