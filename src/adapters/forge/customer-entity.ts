import type { Versioned } from '../../app/ports/ticket-store';
import { customerStateSchema, type CustomerState } from '../../domain/ticket/customer-state';

/** A customer as the `customer` custom entity stores it (manifest.yml, app.storage.entities). */
export interface CustomerEntity {
  accountId: string;
  version: number;
  state: unknown;
}

/** The stored customer, parsed, with its version; version 0 and no value when none is stored. */
export function customerFromEntity(entity: CustomerEntity | undefined): Versioned<CustomerState | null> {
  return entity
    ? { value: customerStateSchema.parse(entity.state), version: entity.version }
    : { value: null, version: 0 };
}
