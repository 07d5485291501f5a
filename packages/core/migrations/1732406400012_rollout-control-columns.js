// What decides a rollout's course moves from its JSONB options into columns: its stages (canary
// size, --max-failures), whether its canary passed, the failures a resume forgave, and whether an
// abort asked to return its tenants. The options keep the request as it was asked, as a record.
// Rollouts written before keep working: their values are moved out of the options here.

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const up = (pgm) => {
  pgm.sql(`
    ALTER TABLE rollouts
      ADD COLUMN canary              integer NOT NULL DEFAULT 0,
      ADD COLUMN max_failures        integer,
      ADD COLUMN canary_passed       boolean NOT NULL DEFAULT false,
      ADD COLUMN failure_baseline    integer NOT NULL DEFAULT 0,
      ADD COLUMN compensate_on_abort boolean NOT NULL DEFAULT false;
    UPDATE rollouts
       SET canary              = coalesce((options #>> '{stages,canary}')::integer, 0),
           max_failures        = (options #>> '{stages,maxFailures}')::integer,
           canary_passed       = coalesce((options ->> 'canaryPassed')::boolean, false),
           failure_baseline    = coalesce((options ->> 'failureBaseline')::integer, 0),
           compensate_on_abort = coalesce((options ->> 'compensateOnAbort')::boolean, false),
           options             = options - 'canaryPassed' - 'failureBaseline' - 'compensateOnAbort';
  `);
};

/** @param {import('node-pg-migrate').MigrationBuilder} pgm */
export const down = (pgm) => {
  // the stages stay in the options' record of the request, so only the state keys come back
  pgm.sql(`
    UPDATE rollouts
       SET options = options
                     || CASE WHEN canary_passed THEN '{"canaryPassed": true}'::jsonb ELSE '{}' END
                     || CASE WHEN failure_baseline > 0 THEN jsonb_build_object('failureBaseline', failure_baseline) ELSE '{}' END
                     || CASE WHEN compensate_on_abort THEN '{"compensateOnAbort": true}'::jsonb ELSE '{}' END;
    ALTER TABLE rollouts
      DROP COLUMN compensate_on_abort,
      DROP COLUMN failure_baseline,
      DROP COLUMN canary_passed,
      DROP COLUMN max_failures,
      DROP COLUMN canary;
  `);
};
