-- One clock (issue 15).
--   * The organisation's time zone is meta org_timezone (every view, export and CLI default reads local days,
--     weeks and months in it); day_timezone names the zone interactions.day is numbered in (the same, except
--     while a change of zone renumbers it). Both start as the older rollup_tz.
--   * The rollup tables keep their columns but are keyed in UTC: `start` counts hours since Monday 1969-12-29
--     00:00 UTC and `span` is 1 (an hour: kpi_rollup_all and dim_rollup_all only), 24 (a UTC day), 168 (the week
--     from a Monday) or 672 (four weeks from a Monday whose day number is a multiple of 28). A range in any zone
--     is read as whole units plus, at its edges, the few raw rows between the nearest unit boundary and the
--     zone's midnight, added or subtracted (RollupUnits). RollupStore rebuilds all rows after this migration and
--     marks the layout in meta rollup_layout = 7 (a database without the mark is rebuilt once when opened).

INSERT INTO meta (key, value)
SELECT 'org_timezone', value FROM meta WHERE key = 'rollup_tz'
AND NOT EXISTS (SELECT 1 FROM meta m WHERE m.key = 'org_timezone');

INSERT INTO meta (key, value)
SELECT 'day_timezone', value FROM meta WHERE key = 'rollup_tz'
AND NOT EXISTS (SELECT 1 FROM meta m WHERE m.key = 'day_timezone');
