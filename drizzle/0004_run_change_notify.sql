-- Live run detail: every write to a run or one of its steps NOTIFYs `junction_run_changes` with only the
-- org and run ids (NOTIFY payloads are capped at 8000 bytes, and listeners re-read what they may see).
-- Notifications go out at commit, and identical ones in one transaction are folded into one.
CREATE OR REPLACE FUNCTION "junction_notify_run_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- Two branches rather than one CASE: plpgsql resolves NEW's fields per statement, and `runs` has no run_id.
  IF TG_TABLE_NAME = 'runs' THEN
    PERFORM pg_notify('junction_run_changes', json_build_object('orgId', NEW.org_id, 'runId', NEW.id)::text);
  ELSE
    PERFORM pg_notify('junction_run_changes', json_build_object('orgId', NEW.org_id, 'runId', NEW.run_id)::text);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "runs_notify_change" AFTER INSERT OR UPDATE ON "runs"
FOR EACH ROW EXECUTE FUNCTION "junction_notify_run_change"();
--> statement-breakpoint
CREATE TRIGGER "run_steps_notify_change" AFTER INSERT OR UPDATE ON "run_steps"
FOR EACH ROW EXECUTE FUNCTION "junction_notify_run_change"();
