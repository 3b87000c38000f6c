-- Tasklist counts a group's tasks at every refresh (issue 22). Counting 100,000 waiting tasks takes 200 ms or more
-- whatever the plan, so PostgreSQL keeps the answer: the number of open tasks per set of candidate groups, changed by
-- triggers on the engine's identity links in the same transaction as the links, and read by the count in
-- tasklist/Task.xml only for the exact query it answers (tasklist/TaskGroupCounts).
--
-- Keyed by the task's whole set of candidate groups (sorted), not by single group, so that a count over several
-- groups ("مهام مجموعاتي") counts a task offered to two of them once: it sums the sets that meet the groups asked.
-- Each set has 16 slots chosen by the hash of the task's process instance (a standalone task's own id), so concurrent
-- cases rarely wait for the same row, and the tasks one transaction makes in one case (the committee's three votes)
-- take one row of their set: tasks in different slots, taken in a different order by two transactions, could deadlock.
-- Only the sum over a set's slots is read, so a task counted in another slot (its task row already gone) is still right. Only candidate-group links of tasks without a tenant count, as the query's tenant check asks.
CREATE TABLE task_group_count (
    candidate_groups TEXT[] NOT NULL,
    slot SMALLINT NOT NULL,
    tasks BIGINT NOT NULL,
    PRIMARY KEY (candidate_groups, slot)
) WITH (fillfactor = 50); -- room on each page for the next version of a row (HOT updates, no index writes)

CREATE FUNCTION task_group_count_slot(task_id TEXT) RETURNS SMALLINT
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
SELECT (hashtext(task_id) & 15)::SMALLINT
$$;

-- Applies link changes given as (task, group, +1 per link added / -1 per link removed), after the statement that made
-- them: a task's groups now are read from the links, its groups before are those minus the changes; the task leaves
-- the counter of its old set and joins that of its new one. The task's row is locked first, so two transactions that
-- change one task's links concurrently see each other's links (the engine's own update of a task takes this lock too).
CREATE FUNCTION task_group_count_apply(changed_tasks TEXT[], changed_groups TEXT[], changes INTEGER[]) RETURNS VOID
LANGUAGE plpgsql
-- planned once per session: planning these statements anew for each link cost more than running them
SET plan_cache_mode = force_generic_plan AS $$
BEGIN
    -- task by task through the primary key (a join could scan all tasks when a bulk insert makes many changes)
    PERFORM 1 FROM (SELECT DISTINCT u FROM unnest(changed_tasks) AS u ORDER BY u) AS d
    CROSS JOIN LATERAL (SELECT t.id_ FROM act_ru_task t WHERE t.id_ = d.u FOR NO KEY UPDATE) AS locked;

    WITH change AS (
        SELECT c.task_id, c.group_id, sum(c.n) AS n
        FROM unnest(changed_tasks, changed_groups, changes) AS c(task_id, group_id, n)
        GROUP BY c.task_id, c.group_id
    ), task_now AS (
        -- each task's links by the index on TASK_ID_ (an aggregate keeps the planner from making this a join)
        SELECT t.task_id, now_links.groups
        FROM (SELECT DISTINCT task_id FROM change) AS t
        CROSS JOIN LATERAL (
            SELECT coalesce(array_agg(l.group_id_::TEXT), '{}') AS groups FROM act_ru_identitylink l
            WHERE l.task_id_ = t.task_id AND l.type_ = 'candidate' AND l.group_id_ IS NOT NULL AND l.tenant_id_ IS NULL
        ) AS now_links
    ), link AS (
        SELECT t.task_id, g.group_id, count(*) AS n
        FROM task_now t CROSS JOIN LATERAL unnest(t.groups) AS g(group_id)
        GROUP BY t.task_id, g.group_id
    ), per_group AS (
        SELECT coalesce(l.task_id, c.task_id) AS task_id, coalesce(l.group_id, c.group_id) AS group_id,
               coalesce(l.n, 0) AS now_n, coalesce(l.n, 0) - coalesce(c.n, 0) AS before_n
        FROM link l FULL JOIN change c ON c.task_id = l.task_id AND c.group_id = l.group_id
    ), task_sets AS (
        SELECT task_id,
               coalesce(array_agg(group_id ORDER BY group_id) FILTER (WHERE before_n > 0), '{}') AS before_set,
               coalesce(array_agg(group_id ORDER BY group_id) FILTER (WHERE now_n > 0), '{}') AS now_set
        FROM per_group
        GROUP BY task_id
    )
    INSERT INTO task_group_count AS counter (candidate_groups, slot, tasks)
    SELECT m.candidate_groups, task_group_count_slot(coalesce(k.proc_inst_id_::TEXT, s.task_id)) AS task_slot, sum(m.n)
    FROM task_sets s
    LEFT JOIN act_ru_task k ON k.id_ = s.task_id
    CROSS JOIN LATERAL (VALUES (s.before_set, -1), (s.now_set, 1)) AS m(candidate_groups, n)
    WHERE s.before_set <> s.now_set AND cardinality(m.candidate_groups) > 0
    GROUP BY m.candidate_groups, task_slot
    HAVING sum(m.n) <> 0
    ORDER BY m.candidate_groups, task_slot -- every transaction takes the counter rows in one order
    ON CONFLICT (candidate_groups, slot) DO UPDATE SET tasks = counter.tasks + excluded.tasks;
END
$$;

CREATE FUNCTION task_group_count_on_insert() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
DECLARE
    tasks TEXT[];
    groups TEXT[];
BEGIN
    SELECT array_agg(task_id_), array_agg(group_id_) INTO tasks, groups FROM added_links
    WHERE type_ = 'candidate' AND task_id_ IS NOT NULL AND group_id_ IS NOT NULL AND tenant_id_ IS NULL;
    IF tasks IS NOT NULL THEN
        PERFORM task_group_count_apply(tasks, groups, array_fill(1, ARRAY[cardinality(tasks)]));
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION task_group_count_on_delete() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
DECLARE
    tasks TEXT[];
    groups TEXT[];
BEGIN
    SELECT array_agg(task_id_), array_agg(group_id_) INTO tasks, groups FROM removed_links
    WHERE type_ = 'candidate' AND task_id_ IS NOT NULL AND group_id_ IS NOT NULL AND tenant_id_ IS NULL;
    IF tasks IS NOT NULL THEN
        PERFORM task_group_count_apply(tasks, groups, array_fill(-1, ARRAY[cardinality(tasks)]));
    END IF;
    RETURN NULL;
END
$$;

-- the engine never updates a link, but an upgrade script or an administrator might
CREATE FUNCTION task_group_count_on_update() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
DECLARE
    tasks TEXT[];
    groups TEXT[];
    changes INTEGER[];
BEGIN
    SELECT array_agg(task_id), array_agg(group_id), array_agg(n) INTO tasks, groups, changes FROM (
        SELECT task_id_ AS task_id, group_id_ AS group_id, 1 AS n FROM added_links
        WHERE type_ = 'candidate' AND task_id_ IS NOT NULL AND group_id_ IS NOT NULL AND tenant_id_ IS NULL
        UNION ALL
        SELECT task_id_, group_id_, -1 FROM removed_links
        WHERE type_ = 'candidate' AND task_id_ IS NOT NULL AND group_id_ IS NOT NULL AND tenant_id_ IS NULL
    ) c;
    IF tasks IS NOT NULL THEN
        PERFORM task_group_count_apply(tasks, groups, changes);
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION task_group_count_on_truncate() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM task_group_count;
    RETURN NULL;
END
$$;

-- The counters as the links say they should be (PL/pgSQL: on a new database the engine's tables come after Flyway).
CREATE FUNCTION task_group_count_expected() RETURNS TABLE (candidate_groups TEXT[], slot SMALLINT, tasks BIGINT)
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN QUERY
    SELECT t.groups, task_group_count_slot(coalesce(k.proc_inst_id_::TEXT, t.task_id)), count(*)
    FROM (
        SELECT l.task_id_::TEXT AS task_id, array_agg(DISTINCT l.group_id_::TEXT ORDER BY l.group_id_::TEXT) AS groups
        FROM act_ru_identitylink l
        WHERE l.type_ = 'candidate' AND l.task_id_ IS NOT NULL AND l.group_id_ IS NOT NULL AND l.tenant_id_ IS NULL
        GROUP BY l.task_id_
    ) t
    LEFT JOIN act_ru_task k ON k.id_ = t.task_id
    GROUP BY t.groups, task_group_count_slot(coalesce(k.proc_inst_id_::TEXT, t.task_id));
END
$$;

-- Puts the triggers on the engine's links where they are missing (a new database, where the engine makes its tables
-- after Flyway, or an engine upgrade that made the table again), and rebuilds the counters when they differ from the
-- links (their first fill, or after anything that bypassed the triggers). Holds off link changes meanwhile, so no
-- change falls between the check and the triggers. Called by this migration and at every start
-- (tasklist/TaskGroupCounts); answers what it did.
CREATE FUNCTION task_group_count_install() RETURNS TEXT
LANGUAGE plpgsql AS $$
DECLARE
    links REGCLASS := to_regclass('act_ru_identitylink');
    triggers INTEGER;
    result TEXT := 'in place';
BEGIN
    IF links IS NULL THEN
        RETURN 'no identity links yet';
    END IF;
    LOCK TABLE act_ru_identitylink IN SHARE ROW EXCLUSIVE MODE;
    SELECT count(*) INTO triggers FROM pg_trigger
    WHERE tgrelid = links AND tgname LIKE 'task_group_count\_%' AND tgenabled IN ('O', 'A');
    IF triggers <> 4 THEN
        DROP TRIGGER IF EXISTS task_group_count_insert ON act_ru_identitylink;
        DROP TRIGGER IF EXISTS task_group_count_delete ON act_ru_identitylink;
        DROP TRIGGER IF EXISTS task_group_count_update ON act_ru_identitylink;
        DROP TRIGGER IF EXISTS task_group_count_truncate ON act_ru_identitylink;
        CREATE TRIGGER task_group_count_insert AFTER INSERT ON act_ru_identitylink
            REFERENCING NEW TABLE AS added_links FOR EACH STATEMENT EXECUTE FUNCTION task_group_count_on_insert();
        CREATE TRIGGER task_group_count_delete AFTER DELETE ON act_ru_identitylink
            REFERENCING OLD TABLE AS removed_links FOR EACH STATEMENT EXECUTE FUNCTION task_group_count_on_delete();
        CREATE TRIGGER task_group_count_update AFTER UPDATE ON act_ru_identitylink
            REFERENCING OLD TABLE AS removed_links NEW TABLE AS added_links
            FOR EACH STATEMENT EXECUTE FUNCTION task_group_count_on_update();
        CREATE TRIGGER task_group_count_truncate AFTER TRUNCATE ON act_ru_identitylink
            FOR EACH STATEMENT EXECUTE FUNCTION task_group_count_on_truncate();
        result := 'triggers created';
    END IF;
    IF EXISTS (
        (SELECT * FROM task_group_count_expected() EXCEPT SELECT * FROM task_group_count WHERE tasks <> 0)
        UNION ALL
        (SELECT * FROM task_group_count WHERE tasks <> 0 EXCEPT SELECT * FROM task_group_count_expected())
    ) THEN
        DELETE FROM task_group_count;
        INSERT INTO task_group_count SELECT * FROM task_group_count_expected();
        result := result || ', counters rebuilt';
    END IF;
    RETURN result;
END
$$;

-- an existing database: fill the counters for the tasks open now
SELECT task_group_count_install();
