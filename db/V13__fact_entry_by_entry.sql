-- A cycle's entries after the newest one a server knows (cn.kaoping.entry.CycleFacts reads them on
-- every fact entry and every read of the live results): a range of this index, not every entry of
-- the cycle.
CREATE INDEX fact_entry_cycle_entry ON fact_entry (tenant_code, cycle_id, id);
