-- A unit of a city's cycle may be a county tenant itself (seed 001, 市对县保证目标考评细则: the city
-- assesses its counties). The link is shared by the two tenants: the county reads the rows of the
-- units linked to it, and the cycles they belong to, so that its own scheme admins can report for
-- the unit in the city's cycle; it reads nothing else of the city, and it changes nothing there
-- (updates stay under tenant_isolation). A scheme admin of the city links and unlinks.
GRANT UPDATE (linked_tenant) ON cycle_unit TO ${app_role};

CREATE INDEX cycle_unit_linked_tenant ON cycle_unit (linked_tenant) WHERE linked_tenant IS NOT NULL;

CREATE POLICY linked_tenant_reads ON cycle_unit FOR SELECT
    USING (linked_tenant = current_setting('kaoping.tenant', true));

CREATE POLICY linked_tenant_reads ON cycle FOR SELECT
    USING (EXISTS (SELECT 1 FROM cycle_unit u
                   WHERE u.cycle_id = cycle.id AND u.linked_tenant = current_setting('kaoping.tenant', true)));
