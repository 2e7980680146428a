// Generated from openapi.yaml by `npm run gen:api` (openapi-typescript). Do not edit.

export interface paths {
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller, with roles, organization and administrative unit */
        get: operations["getCurrentUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/digest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's reminders today: assignments due soon or overdue, reports returned for revision, explanations asked of their organization
         * @description The same digest the daily reminder e-mail carries, computed now for the caller's
         *     organization: its open assignments overdue or due within `dueSoonDays`, its reports
         *     returned for revision, the explanations asked of it and not yet answered.
         */
        get: operations["getMyDigest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List and search administrative units within the caller's scope
         * @description Text search ignores diacritics and case ("rach gia" finds "Rạch Giá"). With `q`, a unit
         *     whose code or name equals `q` comes first, then names starting with it, then the rest;
         *     within each rank (and without `q`) in Vietnamese order. Without `validOn`, units valid today are listed; with
         *     `includeEnded=true`, abolished units too.
         */
        get: operations["listUnits"];
        put?: never;
        /** Create an administrative unit (admin) */
        post: operations["createUnit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/by-code/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Look a unit up by its official code; an abolished code answers with its successor */
        get: operations["getUnitByCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** One unit with its ancestors, children, successor and predecessors */
        get: operations["getUnit"];
        /** Update a unit (admin); refused with 409 when `version` is stale */
        put: operations["updateUnit"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{id}/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** The organizations of a unit, valid on a date (today by default) */
        get: operations["listUnitOrganizations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{id}/residential-areas": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** The residential areas of a commune */
        get: operations["listUnitResidentialAreas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find organizations by name or code, with or without diacritics ("ban dan van" finds "Ban Dân vận ...")
         * @description Every organization can be found (their names are public), including the central bodies
         *     (Ban Bí thư, Chính phủ...). `unitId` keeps those of that unit and the units below it;
         *     `level` those of units at that level; `forTaskId` only those the task can be assigned to
         *     (within its issuer's reach, as assignTask requires). Those in force on `validOn` (today by
         *     default) unless `includeEnded`.
         *
         *     Order (for pickers): with `q`, an organization whose code or name equals `q` (ignoring
         *     case and diacritics) first, then codes or names starting with `q`, then the rest; within
         *     each rank those in the caller's scope before the others; then Vietnamese order.
         */
        get: operations["listOrganizations"];
        put?: never;
        /** Create an organization in a unit (admin) */
        post: operations["createOrganization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** One organization */
        get: operations["getOrganization"];
        /** Rename, end or merge an organization (admin); refused with 409 when `version` is stale */
        put: operations["updateOrganization"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residential-areas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a residential area under a commune (admin) */
        post: operations["createResidentialArea"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residential-areas/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** One residential area */
        get: operations["getResidentialArea"];
        /** Update a residential area (admin); refused with 409 when `version` is stale */
        put: operations["updateResidentialArea"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The change history of one record (admin, leader) */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search the register within the caller's scope (issued by or sent to it, or public)
         * @description `q` matches number, subject and text with or without diacritics ("dan van kheo" finds
         *     "Dân vận khéo"). With `q` the best matches come first (`sort=relevance`), otherwise the
         *     newest. `unitId` keeps directives issued by or sent to organizations of that unit and the
         *     units below it; `period` keeps those whose period covers that year. The count stops at
         *     1,000 (`totalCapped`), and pages go no further: narrow the search instead.
         */
        get: operations["listDirectives"];
        put?: never;
        /**
         * Register a directive issued by or sent to the caller's unit (editor, admin)
         * @description Identity is issuer + type + number + year: a duplicate is refused with 409 whose `instance`
         *     points at the directive already registered. A confidential directive keeps metadata only.
         */
        post: operations["createDirective"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directives/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** One directive of the register */
        get: operations["getDirective"];
        /** Change a directive (editor, admin); refused with 409 when `version` is stale or the change makes a duplicate */
        put: operations["updateDirective"];
        post?: never;
        /**
         * Remove a directive registered by mistake (editor, admin); one with tasks can only be expired or replaced
         * @description Refused with 409 when `version` is stale or the directive has tasks. Its attachments go with
         *     it; relations from other directives to it wait again for a directive with its number.
         */
        delete: operations["deleteDirective"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directives/{id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** A directive's tasks, by ordinal */
        get: operations["listDirectiveTasks"];
        put?: never;
        /**
         * Create a directive's tasks in one step, e.g. from the proposed tasks of its draft (editor, admin of the issuer)
         * @description All or nothing: one bad task refuses them all, naming it (`tasks[2].dueDate`). An ordinal
         *     already used by the directive is a 409. Once a directive has tasks it can only be expired or
         *     replaced, not deleted.
         */
        post: operations["createDirectiveTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** One task */
        get: operations["getTask"];
        /** Change a task (editor, admin of the directive's issuer); refused with 409 when `version` is stale */
        put: operations["updateTask"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** A task's assignments, each with its status and bucket today */
        get: operations["listTaskAssignments"];
        put?: never;
        /**
         * Assign a task to organizations, listed or described ("every commune Party committee of the province") (editor, admin of the issuer)
         * @description One assignment per organization, each tracked on its own. Organizations already assigned
         *     are skipped; when every one is, 409. Ended organizations are never assigned.
         *     assignTaskPreview answers what this would do, without writing.
         */
        post: operations["assignTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/assignments/preview": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What assignTask would do with these targets, without writing (for a confirmation that says what will happen)
         * @description Same body, rules and answers as assignTask, except that nothing is written and 200 lists the organizations that would be assigned.
         */
        post: operations["assignTaskPreview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Assignments of organizations in the caller's scope ("my organization's work"), by due date */
        get: operations["listAssignments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The four buckets by organization, for the caller's scope (or a unit in it), on a day, for tasks due in a date range */
        get: operations["summarizeAssignments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/summary/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The summary as an Excel workbook (.xlsx) with Vietnamese headers, same parameters as the summary */
        get: operations["exportAssignmentSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** One assignment */
        get: operations["getAssignment"];
        /**
         * Report an assignment's status and progress (reporter of the assigned organization, or editor of the issuer)
         * @description DONE needs `completedOn` (not in the future, not before the assignment existed); any other
         *     status clears it. Refused with 409 when `version` is stale.
         */
        put: operations["updateAssignment"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * The report slots of a recurring or continuous assignment, one per period up to the current one
         * @description Slots are made for each period (the task's cadence) from the one the assignment was given in
         *     to the one holding today, with their figures window and due day. A slot still open after its
         *     due day is `missing`; one submitted after it is `late`.
         */
        get: operations["listAssignmentReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/sub-assignments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** The sub-assignments an assigned organization gave to lower units, each with its roll-up */
        get: operations["listSubAssignments"];
        put?: never;
        /**
         * Break an assignment down to organizations of lower units (cascade) (editor, admin, reporter of the assigned organization)
         * @description The targets must be organizations of units below the assigned organization's unit (a
         *     province's Fatherland Front to the communes' Fronts), not yet given the task. The assignment's `rollup` then shows the progress of
         *     its sub-assignments (and theirs, all the way down).
         */
        post: operations["assignSubAssignments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/explanations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** The explanations asked of an assignment's organization, with their answers, newest first */
        get: operations["listExplanations"];
        put?: never;
        /**
         * Demand an explanation of an overdue assignment (leader, editor, admin of the issuer or monitoring body)
         * @description Only an assignment open past its deadline today can be asked; one question waits for its
         *     answer at a time (409 otherwise). The organization sees it in its digest.
         */
        post: operations["requestExplanation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/explanations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** One explanation */
        get: operations["getExplanation"];
        /** Answer an explanation (reporter, editor, admin of the assigned organization); the answer is kept and cannot be changed */
        put: operations["answerExplanation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Period reports of organizations in the caller's scope, or (`inbox`) the ones waiting for the caller's review
         * @description With `inbox=true`: reports of tasks whose issuer or monitoring body is in the caller's
         *     scope (those who review them); SUBMITTED ones unless `status` says otherwise; oldest
         *     submission first unless `sort` says otherwise. Otherwise: reports of the assigned
         *     organizations in the caller's scope, by due day, newest first.
         *     Filters combine: `taskId`, `directiveId`, `organizationId`, `period` (the kind of period),
         *     `dueFrom`/`dueTo` (the report's due day), `late` (submitted after the due day), and `q`
         *     (the task's title, the organization's name or code, the report's text; case and
         *     diacritics ignored).
         */
        get: operations["listReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** One report slot with its whole history (submissions, acceptances, returns) */
        get: operations["getReport"];
        /**
         * Submit (or, once returned, resubmit) a period's report (reporter of the assigned organization)
         * @description Refused with 409 once submitted and not yet returned, once accepted, or when `version` is stale.
         */
        put: operations["submitReport"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept or return a submitted report (editor, admin of the monitoring organization, or of the issuer when none is named)
         * @description A return needs a comment. Who and when are kept. Refused with 409 unless the report is submitted, or when `version` is stale.
         */
        post: operations["reviewReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept (or return) many submitted reports at once, with a result per report
         * @description Each report is reviewed on its own, by the same rules as reviewReport (role and scope,
         *     SUBMITTED only, `version` current), and audited on its own: a stale or refused one is
         *     listed with its outcome and the others are still reviewed. A return needs a comment.
         */
        post: operations["reviewReports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** The evidence (files, photos) attached to a report */
        get: operations["listReportAttachments"];
        put?: never;
        /**
         * Attach evidence (PDF, DOCX, XLSX, JPEG, PNG; at most 20 MB) to a report (the assigned organization's reporter)
         * @description Only while the report can be submitted (open, or returned for revision): a submitted or
         *     accepted report keeps its evidence as it was (409). The type is read from the content.
         */
        post: operations["addReportAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
                attachmentId: number;
            };
            cookie?: never;
        };
        /** The evidence file itself, with its type, name and SHA-256 digest */
        get: operations["downloadReportAttachment"];
        put?: never;
        post?: never;
        /** Remove evidence from a report while it can still be submitted (the assigned organization's reporter) */
        delete: operations["deleteReportAttachment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directives/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** The files attached to a directive */
        get: operations["listDirectiveAttachments"];
        put?: never;
        /**
         * Attach a file (PDF, DOCX, XLSX, JPEG, PNG; at most 20 MB) to a directive (editor, admin)
         * @description The type is read from the content, not the name. A confidential directive keeps no files
         *     (409). The file and its record are written together or not at all.
         */
        post: operations["addDirectiveAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directives/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
                attachmentId: number;
            };
            cookie?: never;
        };
        /** The file itself, with its type, name and SHA-256 digest */
        get: operations["downloadDirectiveAttachment"];
        put?: never;
        post?: never;
        /** Remove a file from a directive (editor, admin) */
        delete: operations["deleteDirectiveAttachment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directives/{id}/relations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** What a directive implements (up the chain) and what implements it (down), up to five levels */
        get: operations["getDirectiveRelations"];
        put?: never;
        /**
         * Relate a directive to another (editor, admin), by id or, when not registered yet, by its number
         * @description A relation by number waits for its target and is linked automatically when a directive with
         *     that number (and the type and year, when given) is registered.
         */
        post: operations["addDirectiveRelation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directives/parse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Read a draft directive from the plain text of a document (editor, admin); nothing is saved
         * @description Works on a directive as issued (header, numbered items, "Nơi nhận", signature) and on a news
         *     article that describes one. A field that could not be found is left out and named in
         *     `missing`; nothing is invented. The officer reviews the draft before saving it.
         */
        post: operations["parseDirective"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directives/parse-file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Read a draft directive from a .docx or .pdf file (editor, admin); nothing is saved
         * @description The text is extracted on the server (at most 20 MB; the type is read from the content) and
         *     read as by `/api/v1/directives/parse`. A scanned PDF without a text layer gives 400.
         */
        post: operations["parseDirectiveFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recognition-titles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The recognition titles the caller reads (admin, editor, reporter, appraiser, leader)
         * @description A national title (issued by a body of the central level) is read by everyone; a province's
         *     title by the accounts whose scope holds its issuing organization or lies under it (a commune
         *     reads its province's titles). In Vietnamese order of the name.
         */
        get: operations["listRecognitionTitles"];
        put?: never;
        /**
         * Create a title (admin whose scope holds the issuing organization; a national title, an admin of the central level)
         * @description The issuing organization outside the caller's scope is 403 naming `issuerOrganizationId`; a code in use is 409.
         */
        post: operations["createRecognitionTitle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recognition-titles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** One title (read as the list) */
        get: operations["getRecognitionTitle"];
        /**
         * Rename a title, change its deciding level or description (admin whose scope holds the issuing organization)
         * @description The code, the issuer and the subject stay. A stale `version` is 409.
         */
        put: operations["updateRecognitionTitle"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recognition-titles/{id}/criteria-sets": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** The versions of a title's criteria sets, newest first (read as the title) */
        get: operations["listCriteriaSets"];
        put?: never;
        /**
         * Draft a new version of the title's criteria (admin whose scope holds the issuing organization)
         * @description The draft gets the next version number. Codes of groups and criteria are unique in the set
         *     (400 naming the repeated one); an indicator's code is unique too. `directiveId` must be a
         *     directive of the register the caller reads (400 unknown, 403 out of reach).
         */
        post: operations["createCriteriaSet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/criteria-sets/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The .xlsx template for importing a set's groups and criteria, with one example row per kind (every reader of titles)
         * @description Sheet "Tiêu chí", one row per criterion or indicator, columns in this order: Mã nhóm (group
         *     code), Tên nhóm (group name), Mã (code), Mã tiêu chí cha (parent code, for an indicator), Tiêu
         *     chí (criterion), Loại (type: PASS_FAIL, SCORED, NUMERIC), Điểm tối đa (max points), Đơn vị
         *     (unit), So sánh (comparison: >=, <=, =), Ngưỡng (threshold), Bắt buộc (required: có/không),
         *     Then chốt (key: có/không), Minh chứng (expected evidence).
         */
        get: operations["getCriteriaSetTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/criteria-sets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** One version with its rule, groups, criteria (indicators under their criterion), variants and questions (read as the title) */
        get: operations["getCriteriaSet"];
        /**
         * Replace a draft as one document — rule, period, groups, criteria (admin whose scope holds the issuing organization)
         * @description A published or retired set is frozen: 409 `frozen` (revise it into a new draft instead). A
         *     stale `version` is 409. Validation as on creation.
         */
        put: operations["updateCriteriaSet"];
        post?: never;
        /** Delete a draft (admin whose scope holds the issuing organization); a published or retired set is 409 `frozen` */
        delete: operations["deleteCriteriaSet"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/criteria-sets/{id}/revise": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Copy a set (any status) into a new draft with the next version number (admin whose scope holds the issuing organization)
         * @description The copy keeps the rule, period, directive, groups, criteria, indicators, variants and questions; `copiedFromId` names the source.
         */
        post: operations["reviseCriteriaSet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/criteria-sets/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a draft; from then on it is frozen (admin whose scope holds the issuing organization)
         * @description 400 when the set has no criterion (`criteria`), or when its rule is SCORE and the passing
         *     score is over the total of the criteria's max points (`rule.passingScore`). A set that is not
         *     a draft is 409 `frozen`; a stale `version` is 409.
         */
        post: operations["publishCriteriaSet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/criteria-sets/{id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retire a published set; it judges no new case, the cases judged by it keep it (admin whose scope holds the issuing organization)
         * @description A set that is not published is 409 naming its status; a stale `version` is 409.
         */
        post: operations["retireCriteriaSet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/criteria-sets/{id}/criteria.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** A set's groups and criteria as .xlsx in the template's columns (read as the title) */
        get: operations["exportCriteriaSet"];
        put?: never;
        /**
         * Replace a draft's groups and criteria with those of an .xlsx in the template's columns (admin whose scope holds the issuing organization)
         * @description The rule and period stay; the draft's variants and questions are dropped (the template has no
         *     columns for them). Every row is checked first: any wrong row is a 400 whose `errors` name
         *     `row N: column` (N as Excel numbers it) and nothing is saved. At most 2,000 rows and 2 MB; a
         *     file that is not an .xlsx is 400 naming `file`. A set that is not a draft is 409 `frozen`; a
         *     stale `version` is 409.
         */
        post: operations["importCriteriaSet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/emulation/movements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The emulation movements launched in the caller's scope or above it (every role of a person) */
        get: operations["listMovements"];
        put?: never;
        /**
         * Launch a movement with its fields, periods and rounds (editor, admin of the launching body's scope)
         * @description The launching body (`organizationId`) and the directive that launched it (`directiveId`, one
         *     the caller can read) must be within the caller's reach (403 naming the field otherwise).
         */
        post: operations["createMovement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/emulation/movements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** One movement with its configurable fields, its periods and each period's rounds */
        get: operations["getMovement"];
        /**
         * Rename a movement and change its list of fields (editor, admin of the launching body's scope)
         * @description A field is kept by its `code`; a field some model uses cannot be removed (409). A stale `version` is 409.
         */
        put: operations["updateMovement"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/emulation/rounds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        /** Set a round's registration window and appraisal deadline (editor, admin of the launching body's scope) */
        put: operations["updateRound"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mobilization-models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * "Dân vận khéo" models registered by organizations in the caller's scope
         * @description Filters combine: `unitId` (the registering organizations of that unit and below), `roundId`
         *     (models with a record in that round; `roundState` narrows by that record's state), `field`
         *     (a field code), `state` (the model's own state), `level`, `ownerKind`, and `q` (the model's
         *     name, owner and place; case and diacritics ignored). Newest first.
         */
        get: operations["listModels"];
        put?: never;
        /**
         * Register a model for a round (reporter, editor, admin whose scope holds the registering organization)
         * @description Only within the round's registration window (409 otherwise), unless an admin records a paper
         *     registration after the fact (`afterTheFact`, audited as such). The same name (case and
         *     diacritics ignored) in the same unit and round is 409 `duplicate`, naming the first model
         *     (`/api/v1/mobilization-models/{id}` in `instance`). The organization, the place and the
         *     owner must be within the caller's reach, and a replicated model (`replicationOfId`) one of
         *     the caller's province or a public one (403 naming the field otherwise).
         */
        post: operations["registerModel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mobilization-models/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** One model with its records for each round, its replications and commendations */
        get: operations["getModel"];
        /**
         * Correct a model's description (the registering organization's reporter, editor; admin)
         * @description A stale `version` is 409; a discontinued model is 409.
         */
        put: operations["updateModel"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mobilization-models/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** Every transition of the model and its round records, oldest first */
        get: operations["getModelTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mobilization-models/{id}/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Carry a model into a later round with the year's mark (the registering organization's reporter, editor; admin)
         * @description Within the round's registration window (409 otherwise, except an admin's `afterTheFact`); one record per round (409).
         */
        post: operations["enrollModelRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mobilization-models/{id}/discontinue": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a model discontinued; its open round records are marked discontinued (the registering organization's editor; admin)
         * @description A discontinued model is 409 naming its state; a stale `version` is 409.
         */
        post: operations["discontinueModel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mobilization-models/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put a recognized model on the public showcase (editor, admin of the appraising body)
         * @description A model with no recognized round record, or already public, is 409.
         */
        post: operations["publishModel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mobilization-models/{id}/unpublish": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take a model off the public showcase (editor, admin of the appraising body)
         * @description A model not public is 409.
         */
        post: operations["unpublishModel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/model-rounds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** A model's record for one round (results, appraisal, recognition, commendations, evidence) */
        get: operations["getModelRound"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/model-rounds/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start the model's work for the round (the registering organization's reporter, editor; admin)
         * @description From REGISTERED. In any other state it is 409 naming the current state; a stale `version` is 409.
         */
        post: operations["startModelRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/model-rounds/{id}/report-results": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Self-report the round's results: figures for the indicators, text (the registering organization's reporter, editor; admin)
         * @description From IN_PROGRESS, REPORTED or RETURNED. In any other state it is 409 naming the current state; a stale `version` is 409.
         */
        post: operations["reportModelResults"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/model-rounds/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the reported results to the appraising body (the registering organization's reporter, editor; admin)
         * @description From REPORTED. In any other state it is 409 naming the current state; a stale `version` is 409.
         */
        post: operations["submitModelRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/model-rounds/{id}/appraise": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Appraise (thẩm định): pass or not pass with reasons (appraiser, admin of the appraising body)
         * @description From SUBMITTED or PROPOSED_UPWARD, until the appraisal deadline (409 after it, except an admin's `afterTheFact`). The appraising body is the commune's for a commune model, the province's for a province model or one proposed upward. In any other state it is 409 naming the current state; a stale `version` is 409.
         */
        post: operations["appraiseModelRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/model-rounds/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Return the results for completion, with a comment (appraiser, admin of the appraising body)
         * @description From SUBMITTED or PROPOSED_UPWARD, until the appraisal deadline (except an admin's `afterTheFact`); the comment is required (400). In any other state it is 409 naming the current state; a stale `version` is 409.
         */
        post: operations["returnModelRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/model-rounds/{id}/recognize": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the recognition decision (editor, admin of the appraising body)
         * @description From APPRAISED. In any other state it is 409 naming the current state; a stale `version` is 409.
         */
        post: operations["recognizeModelRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/model-rounds/{id}/mark-exemplary": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark the model exemplary (điển hình tiêu biểu) for the round (editor, admin of the appraising body)
         * @description From RECOGNIZED. In any other state it is 409 naming the current state; a stale `version` is 409.
         */
        post: operations["markModelExemplary"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/model-rounds/{id}/propose-commendation": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Propose the model for commendation (editor, admin of the appraising body)
         * @description From RECOGNIZED or EXEMPLARY. In any other state it is 409 naming the current state; a stale `version` is 409.
         */
        post: operations["proposeModelCommendation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/model-rounds/{id}/commend": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a commendation decision (editor, admin of the appraising body)
         * @description From PROPOSED_FOR_COMMENDATION. In any other state it is 409 naming the current state; a stale `version` is 409.
         */
        post: operations["commendModelRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/model-rounds/{id}/propose-upward": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Propose a recognized commune model to the province, which appraises it again (the commune's editor; admin)
         * @description From RECOGNIZED or EXEMPLARY of a commune-level record. In any other state it is 409 naming the current state; a stale `version` is 409.
         */
        post: operations["proposeModelUpward"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/model-rounds/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attach evidence or a photo (PDF, DOCX, XLSX, JPEG, PNG; at most 20 MB) to a round record (the registering organization's reporter, editor; admin)
         * @description While the record's results can still change (REGISTERED, IN_PROGRESS, REPORTED, RETURNED); 409 otherwise. The type is read from the content.
         */
        post: operations["addModelRoundAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/model-rounds/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
                attachmentId: number;
            };
            cookie?: never;
        };
        /** An evidence file or photo itself, with its type, name and SHA-256 digest */
        get: operations["downloadModelRoundAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recognition-cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recognition cases of residential areas in the caller's scope (an area's reporter sees its own area's)
         * @description Filters combine: `unitId` (the cases of that unit and below), `year`, `titleId`, `state`,
         *     `residentialAreaId`. Newest first. The units in scope are found first (one range scan of the
         *     scope path), then each unit's cases by year.
         */
        get: operations["listRecognitionCases"];
        put?: never;
        /**
         * Register a residential area (or, for a COMMUNE-subject title such as XA-NTM, a commune) for a title and a year (the area's own reporter; reporter, editor, admin whose scope holds the commune)
         * @description The case is judged by the title's criteria set PUBLISHED and in force today, and keeps that
         *     version for ever (400 naming `titleId` when the title has none in force). One case per area,
         *     title and year (409 `duplicate`; a withdrawn case does not count). A REASSESSMENT names the
         *     decision it re-assesses (`reassessesDecisionId`: one of this area and title, not revoked).
         */
        post: operations["registerRecognitionCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recognition-cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** One case with its set's criteria, each one's self-assessment, review and evidence, the posting, council, appraisal and decision */
        get: operations["getRecognitionCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recognition-cases/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** Every step of the case, oldest first (who, when, from which state to which) */
        get: operations["getRecognitionCaseTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recognition-cases/{id}/assessments/{criterionId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
                criterionId: number;
            };
            cookie?: never;
        };
        get?: never;
        /**
         * The self-assessment of one criterion (the area's own reporter; reporter, editor, admin whose scope holds the commune)
         * @description One criterion per request, so that a phone's outbox sends small requests. While the case is
         *     REGISTERED (409 naming the state otherwise). A PASS_FAIL criterion takes `passed`; a SCORED
         *     one `score` (0 to its max points); a NUMERIC one `value` (it passes by its threshold).
         *     `version` is the assessment's (0 for a criterion not yet assessed); a stale one is 409. The
         *     case's own version does not change.
         */
        put: operations["selfAssessRecognitionCriterion"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recognition-cases/{id}/assessments/{criterionId}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
                criterionId: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attach evidence (a photo or a file — PDF, DOCX, XLSX, JPEG, PNG; at most 20 MB) to one criterion's self-assessment
         * @description Whoever self-assesses, while the case is REGISTERED (409 otherwise). The type is read from the content.
         */
        post: operations["addRecognitionEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recognition-cases/{id}/assessments/{criterionId}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
                criterionId: number;
                attachmentId: number;
            };
            cookie?: never;
        };
        /** An evidence file or photo itself, with its type, name and SHA-256 digest */
        get: operations["downloadRecognitionEvidence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recognition-cases/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit the self-assessment to the commune (whoever self-assesses) — REGISTERED → SELF_ASSESSED
         * @description Every criterion of the set must be assessed (409 naming the missing codes otherwise). The self score is kept.
         */
        post: operations["submitRecognitionSelfAssessment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recognition-cases/{id}/reviews/{criterionId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
                criterionId: number;
            };
            cookie?: never;
        };
        get?: never;
        /**
         * The commune's review of one criterion (the commune's editor or admin) — AGREE, or CHANGE with a reason and the changed result
         * @description While the case is SELF_ASSESSED. AGREE takes the self-assessed result; CHANGE requires `reason`
         *     and the result in the criterion's kind (`passed`, `score` or `value`). `version` is the
         *     assessment's.
         */
        put: operations["reviewRecognitionCriterion"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recognition-cases/{id}/complete-review": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete the commune's review (the commune's editor or admin) — SELF_ASSESSED → REVIEWED
         * @description Every criterion must be reviewed, and the reviewed results must meet the set's rule (every
         *     required criterion passes, or the passing score): 409 `criteria-not-met` naming the failing
         *     criteria otherwise (the commune may change its review, or withdraw the case).
         */
        post: operations["completeRecognitionReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recognition-cases/{id}/post": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the public posting (niêm yết) — from, to, where (the commune's editor or admin) — REVIEWED → POSTED
         * @description The posting lasts at least the set's `postingDays`, counting both ends (400 naming `postedTo`
         *     otherwise). Dates may lie in the past (recording a paper process).
         */
        post: operations["postRecognitionCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recognition-cases/{id}/posting-comments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a comment received during the posting (the commune's editor or admin), while the case is POSTED */
        post: operations["addRecognitionPostingComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recognition-cases/{id}/council": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the council meeting and its vote (the commune's editor or admin) — POSTED → VOTED, or REFUSED when the vote fails
         * @description Refused (409 `posting-not-ended`) until the posting has ended: the posting's last day must be
         *     before today and the meeting after it. `present` ≤ `members` and `votesFor` + `votesAgainst`
         *     ≤ `present` (400 naming the field). The server decides: the council passes when
         *     `votesFor` × 100 ≥ the set's threshold % × `present`. The meeting may lie in the past.
         */
        post: operations["recordRecognitionCouncil"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recognition-cases/{id}/appraise": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The appraisal by the deciding level (its appraiser; an admin of that level) — VOTED → APPRAISED, or REFUSED when not passed */
        post: operations["appraiseRecognitionCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recognition-cases/{id}/decide": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The decision recognizing the area (the deciding level's editor or admin) — APPRAISED → RECOGNIZED
         * @description Valid from the day it is signed until `validUntil`, or when left out, the signing day plus the
         *     set's `validityYears` (no end when the set has none).
         */
        post: operations["decideRecognitionCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recognition-cases/{id}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refuse recognition with reasons (the deciding level's editor or admin) — APPRAISED → REFUSED
         * @description A refused re-assessment takes the title away (the re-assessed decision is lost on that day).
         */
        post: operations["refuseRecognitionCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recognition-cases/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw the case (the commune's editor or admin) before the council has voted */
        post: operations["withdrawRecognitionCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recognition-decisions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** One recognition decision, with its status today (IN_FORCE, LAPSED, REVOKED, LOST) */
        get: operations["getRecognitionDecision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recognition-decisions/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a decision (thu hồi) with the revoking decision's number, date and reason (the deciding level's editor or admin)
         * @description A decision already revoked is 409. The decision and its case stay in the history.
         */
        post: operations["revokeRecognitionDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The public showcase of recognized models (no login)
         * @description Only models recognized in some round and marked public. Nothing else of a model, and no
         *     personal data beyond the owner's name and position, is in it.
         */
        get: operations["listPublicModels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/models/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** One model of the public showcase (no login); 404 for any model not public */
        get: operations["getPublicModel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/models/{id}/photos/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
                attachmentId: number;
            };
            cookie?: never;
        };
        /** A photo (JPEG or PNG) of a public model's recognized rounds (no login); 404 otherwise */
        get: operations["downloadPublicModelPhoto"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mobilization-models/funnel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The funnel of a round for a unit of the caller's scope: registered → appraised → recognized → exemplary → commended → replicated
         * @description Counts the round records (one per model and round) of the models registered by organizations
         *     of the unit and below: `registered` every record of the round, `appraised` those that passed an
         *     appraisal (at any level), `recognized` those with a recognition decision, `exemplary`, `commended`,
         *     and `replicated` the records of copies of another model registered in that round. `total` is the
         *     unit's subtree, `own` the unit's own bodies (e.g. the province's departments), `rows` one per unit
         *     right under it (a province's communes, in Vietnamese order, those without records too). Each row
         *     is also broken down by the movement's fields and by collective / individual. `field` and
         *     `ownerKind` narrow every figure. Read by admin, editor, reporter, appraiser and leader, for a unit
         *     of their scope only (403 `out-of-scope` otherwise); an unknown round is 404, an unknown unit or
         *     field a 400 naming it.
         */
        get: operations["getModelFunnel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mobilization-models/funnel.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The funnel as an Excel workbook (.xlsx), the same figures and parameters; Vietnamese headers, dates dd/MM/yyyy
         * @description Sheet "Theo đơn vị": the total, the unit's own bodies, then one line per unit under it; sheet
         *     "Theo lĩnh vực": the total by field, then by collective / individual.
         */
        get: operations["exportModelFunnel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recognition-counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Residential-area recognition counts of a year for a unit of the caller's scope, by title: registered, recognized, in force, lapsed, revoked, refused
         * @description Counts over the unit's subtree (a province: its communes; the central level: every province).
         *     Per title and in all: `registered` the cases of the year (withdrawn cases not counted), `refused`
         *     the cases of the year refused, `recognized` the decisions signed in the year, and what became of
         *     them today: `inForce` (not revoked, not lost, valid until today or later), `lapsed` (valid_until
         *     before today, neither revoked nor lost), `revoked` (thu hồi), `lost` (a failed re-assessment).
         *     `byState` counts the year's cases by their state. `total` is the unit's subtree, `rows` one per
         *     unit right under it (a province's communes, in Vietnamese order, those without cases too).
         *     `titleId` narrows every figure to one title. Read from count tables kept by triggers. Read by
         *     admin, editor, reporter, appraiser and leader, for a unit of their scope only (403 `out-of-scope`
         *     otherwise); an unknown unit or title is 404.
         */
        get: operations["getRecognitionCounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recognition-counts/criteria": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Which criteria hold areas back: each criterion's failure rate over the year's cases of a unit's subtree, worst first
         * @description For the cases of the year in the unit's subtree (withdrawn ones included: their assessments were
         *     made), per criterion of the sets they were judged by: `assessed` the cases with a result for it,
         *     `failed` those whose result is a fail, `failureShare` failed / assessed (0 when none assessed).
         *     The result is the commune's reviewed one when the criterion was reviewed, else the self-assessed
         *     one; a criterion assessed by a score or a value only (no pass/fail) counts as assessed, not failed.
         *     Sorted by failureShare, then failed, descending, then by title, set version and criterion position.
         *     Same roles, scope and errors as getRecognitionCounts.
         */
        get: operations["getRecognitionCriterionFailures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recognition-counts.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Both count tables as an Excel workbook (.xlsx), the same figures and parameters; Vietnamese headers, dates dd/MM/yyyy
         * @description Sheet "Theo đơn vị": the total, then one line per unit under it; sheet "Theo danh hiệu": the total
         *     by title; sheet "Tiêu chí": the criteria, worst first.
         */
        get: operations["exportRecognitionCounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/recognized-areas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The public list of recognized residential areas whose decision is in force today (no login)
         * @description For the provincial portal: a residential area's decision is listed while it is in force (valid
         *     from on or before today, valid until today or later or open, not revoked, not lost by a failed
         *     re-assessment). Only the area, its commune and province, the title, the decision's number, date,
         *     level and validity; no people. Newest decisions first. `provinceCode` narrows to one province
         *     (an unknown code is a 400 naming it); `q` searches the area's and the commune's names (accents
         *     and case ignored).
         */
        get: operations["listPublicRecognizedAreas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rural/communes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The communes of a unit of the caller's scope with their NTM status (level in force, group, criteria met in a year)
         * @description The units of kind xã, phường, đặc khu (and, with `includeFormer`, the former communes ended
         *     by the 2025 reform, listed under their successor's path) right now under `unitId` (a province,
         *     or the caller's own unit by default). Each row: the commune group (1, 2, 3) of the period
         *     holding `year`, the highest NTM level in force on 31/12 of `year` (or today for the current
         *     year) from the commune's own decisions, and how many criteria of the set in force for the year
         *     are met by the assessments of `year`. A commune formed by the 2025 reform holds a level only by
         *     its own decision (công nhận, or thừa nhận of its former communes' standing, recorded under it);
         *     the former communes' titles are its history (`formerCommunes`, `formerCommunesRecognized`). Filters: `level` (NONE for
         *     communes holding no NTM title), `group`, `kind`, `q` (the name with or without diacritics).
         *     Vietnamese order of names. Read by every role but the portal whose scope holds the unit.
         */
        get: operations["listRuralCommunes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rural/communes/{unitId}/criteria": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A commune (xã, phường, đặc khu; a former one too) */
                unitId: components["parameters"]["RuralUnitId"];
            };
            cookie?: never;
        };
        /**
         * A commune's criteria page — each criterion and indicator of a set with its assessed state by year
         * @description `setId` names a criteria set of an NTM title (the set in force on 1 January of `to` by default,
         *     XA-NTM first); `from`..`to` the years shown (at most 10; the last five years by default). Each
         *     criterion and indicator carries, per year, met / not met, the value, the note, evidence, who
         *     assessed it and when, and the assessment's `version` (0 when not assessed). The commune's group
         *     of the period picks each criterion's variant. Read by every role but the portal whose scope
         *     holds the commune.
         */
        get: operations["getRuralCommuneCriteria"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rural/communes/{unitId}/groups": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A commune (xã, phường, đặc khu; a former one too) */
                unitId: components["parameters"]["RuralUnitId"];
            };
            cookie?: never;
        };
        /** The commune's group (1, 2, 3) for each period, newest first */
        get: operations["listRuralCommuneGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rural/communes/{unitId}/groups/{periodFrom}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A commune (xã, phường, đặc khu; a former one too) */
                unitId: components["parameters"]["RuralUnitId"];
                /** @description The first year of the period (2026 for 2026–2030) */
                periodFrom: number;
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Set the commune's group for a period (the province's editor or admin)
         * @description `version` is the period's row's as read (0 for a row not yet made); another is 409 `stale-version`.
         *     `periodTo` is at least `periodFrom`. Audited (`RuralCommuneGroup`).
         */
        put: operations["setRuralCommuneGroup"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rural/communes/{unitId}/assessments/{year}/{criterionId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A commune (xã, phường, đặc khu; a former one too) */
                unitId: components["parameters"]["RuralUnitId"];
                year: number;
                criterionId: number;
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Save the assessed state of one criterion or indicator of an NTM set for a commune and a year (the commune's reporter, editor, admin; the province's)
         * @description One row per commune, criterion (or indicator) and year. `version` is the row's as read (0 for
         *     a row not yet made); another is 409 `stale-version`. `met` is required; `value` is the
         *     measured value where the criterion measures one. The criterion must belong to a set of an NTM
         *     title (404 otherwise), not a draft (409 `conflict`: a draft's criteria change as it is edited), and the
         *     year must lie in the set's effective period (400 `year`). Audited (`RuralAssessment`).
         */
        put: operations["saveRuralAssessment"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rural/communes/{unitId}/assessments/{year}/{criterionId}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A commune (xã, phường, đặc khu; a former one too) */
                unitId: components["parameters"]["RuralUnitId"];
                year: number;
                criterionId: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attach evidence (PDF, DOCX, XLSX, JPEG, PNG; at most 20 MB) to a saved assessment
         * @description Whoever saves assessments; the assessment must exist (404 otherwise). The type is read from the content.
         */
        post: operations["addRuralEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rural/communes/{unitId}/assessments/{year}/{criterionId}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A commune (xã, phường, đặc khu; a former one too) */
                unitId: components["parameters"]["RuralUnitId"];
                year: number;
                criterionId: number;
                attachmentId: number;
            };
            cookie?: never;
        };
        /** An evidence file itself, with its type, name and SHA-256 digest */
        get: operations["downloadRuralEvidence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rural/communes/{unitId}/standing": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A commune (xã, phường, đặc khu; a former one too) */
                unitId: components["parameters"]["RuralUnitId"];
            };
            cookie?: never;
        };
        /**
         * The commune's NTM standing in a year — level in force, criteria met, and whether the set's revocation rule now requires revoking the title
         * @description For each NTM title the commune holds in force by its own decision, the assessments of
         *     `year` against the set that decision was judged by: criteria failed (a criterion fails when
         *     assessed not met), the key ones among them, and the set's revocation rule as data
         *     (`revokeKeyFailPercent`: that share or more fails, one of them key; `revokeFailPercent`: that
         *     share or more fails). `revocationRequired` with a sentence such as "Phải thu hồi: 8/19 tiêu chí
         *     không đạt, gồm tiêu chí then chốt 17". Computed when read.
         */
        get: operations["getRuralCommuneStanding"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rural/communes/{unitId}/recognitions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A commune (xã, phường, đặc khu; a former one too) */
                unitId: components["parameters"]["RuralUnitId"];
            };
            cookie?: never;
        };
        /**
         * The commune's NTM decisions, newest first, with those of the former communes it succeeded (the 2025 reform)
         * @description Every decision of an NTM title (XA-NTM, XA-NTM-NANG-CAO, XA-NTM-KIEU-MAU, XA-NTM-HIEN-DAI)
         *     whose commune is this one or one of its predecessors (its records follow its successors), with
         *     the commune it was signed for, the set's level, the signer, validity and status today
         *     (a recorded paper decision is marked `recorded`).
         */
        get: operations["listRuralRecognitions"];
        put?: never;
        /**
         * Record a past decision made on paper (an admin whose scope holds the commune's province) — e.g. a former commune recognized in 2019
         * @description For entering history: the commune may be a former one (ended by the reform). Creates a case
         *     of the year of signing in state RECOGNIZED with its decision (`RECORD` in the timeline; audited
         *     `RecognitionCase`), judged by the title's set in force on the signing day (400 `titleId` when
         *     none; `setId` names another version of the title). One decision per commune, title and year
         *     (409 `duplicate`).
         */
        post: operations["recordRuralRecognition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directives/{id}/targets": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * A directive's targets with their progress, in their order (every role of a person who reads the directive)
         * @description The targets of the directive that the caller reads (see getTarget), each with its progress as
         *     in listTargets. An unknown directive is 404; a directive the caller does not read is 403.
         */
        get: operations["listDirectiveTargets"];
        put?: never;
        /**
         * Add a target to a directive (editor, admin whose scope holds the directive's issuer)
         * @description The measure decides which fields it needs: UNITS_WITH_TITLE needs `unitGroup` and `titleLevel`;
         *     RECOGNIZED_AREAS needs `titleId` (a title whose subject is a residential area) and COUNT;
         *     RECOGNIZED_MODELS takes COUNT only. A SHARE is a percentage (0–100); a COUNT a whole number.
         *     `valueMax`, when given, is at least `valueMin` (a range as written, "7–9"). `scopeUnitId` is a
         *     unit, possibly abolished, within the reach of the directive's issuer (400 naming it otherwise,
         *     also when unknown). Each wrong field is named in the 400. The caller's scope not holding the
         *     directive's issuer is 403; an unknown directive 404.
         */
        post: operations["createTarget"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The targets of the caller's scope with their progress — a leader's gauges and table (admin, editor, reporter, appraiser, leader)
         * @description Without `unitId`: every target the caller reads — set for their unit, a unit under it or a unit
         *     above it (a commune reads its province's targets), or on a directive whose issuer their scope
         *     holds. A target set for a unit since abolished belongs where that unit's successor is (former
         *     Kiên Giang's targets are An Giang's). With `unitId` (a unit of the caller's scope, 403 otherwise;
         *     404 unknown): the targets set for that unit or a unit under it. `directiveId` and `year` (the
         *     deadline's year) narrow. By deadline, then directive, then position. Progress as in
         *     getTargetProgress, without the trend.
         */
        get: operations["listTargets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/targets.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The targets of listTargets (same parameters, every page, at most 1,000) with their progress as an Excel workbook (.xlsx); Vietnamese headers, dates dd/MM/yyyy
         * @description Sheet "Chỉ tiêu", one row per target: Văn bản (number), Ngày ban hành, Chỉ tiêu (as written),
         *     Địa bàn (scope unit), Thời hạn, Chỉ tiêu đặt ra (value), Đạt (counted), Trên tổng (of), Tỷ lệ (%),
         *     Tính đến ngày (as of), Tình trạng (status, with the reason when not measurable).
         */
        get: operations["exportTargets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/targets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** One target with its progress (admin, editor, reporter, appraiser, leader whose scope holds, lies under or above the target's scope unit, or holds the directive's issuer) */
        get: operations["getTarget"];
        /**
         * Change a target (editor, admin whose scope holds the directive's issuer); a stale `version` is 409
         * @description Validation as on creation; the directive stays.
         */
        put: operations["updateTarget"];
        post?: never;
        /** Remove a target (editor, admin whose scope holds the directive's issuer); a stale `version` is 409 */
        delete: operations["deleteTarget"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/targets/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * A target's progress with its trend by year (read as getTarget)
         * @description Counted from the data, never typed. The day counted (`asOf`) is the earliest of the deadline,
         *     today and — for a scope unit since abolished — the last day it was in force. The units counted
         *     are those in force on that day under the scope unit as the tree was then (a target of former
         *     Kiên Giang, deadline 2025, is counted over Kiên Giang's communes on 30/06/2025), of the stated
         *     kinds; a unit holds a level when a decision of an NTM title of that level or above is in force
         *     on the day. Residential areas: those whose decision of the target's title is in force on the
         *     day; models: those with a recognition decision dated on or before it. `trend` gives the same
         *     figure at the end of each year from the directive's year to the year of `asOf` (the last point
         *     on `asOf`). A target that can no longer be measured (districts, after the reform abolished
         *     them) is NOT_MEASURABLE with its reason, and no trend.
         */
        get: operations["getTargetProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/targets/{id}/missing-units": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * The units still missing for a UNITS_WITH_TITLE target on its `asOf` day, in Vietnamese order of the name (read as getTarget)
         * @description The units counted in the denominator that do not hold the level, each with the highest NTM level
         *     it does hold that day, if any. `q` searches the name with or without diacritics. Another measure,
         *     or a target that is not measurable, has an empty list.
         */
        get: operations["listTargetMissingUnits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/satisfaction-surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Satisfaction surveys of the communes in the caller's scope (every role but the portal)
         * @description Newest first. `unitId` narrows to a unit of the caller's scope and its communes (an unknown unit is
         *     a 400 naming it), `state`, `titleId` and `year` combine.
         */
        get: operations["listSatisfactionSurveys"];
        put?: never;
        /**
         * Design a survey of a commune for a title (editor or admin whose scope holds the commune) — DRAFT
         * @description `unitId` is a commune in force of the caller's scope (403 `out-of-scope` otherwise; 404 when it does
         *     not exist); `titleId` a title (404 when unknown). The questionnaire: `scale` (default 1–5, "Rất
         *     không hài lòng" … "Rất hài lòng"), `satisfiedValues` (default 4 and 5, each a value of the scale),
         *     `questions` each about a criterion — `criterionId` of the title's criteria set in force today, or
         *     its own `criterionCode` and `criterionName`; none given: seeded from the set (its questions per
         *     criterion, or one question per criterion). `minimumResponsePercent` (default
         *     `danvan.survey.minimum-response-percent`, 60) and `thresholdPercent` (default
         *     `danvan.survey.threshold-percent`, 80: satisfied share needed to pass, strictly above). `plan`:
         *     households to ask per residential area of the commune (each area of that commune, once).
         */
        post: operations["createSatisfactionSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/satisfaction-surveys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** One survey with its questionnaire, sample plan, state, number of responses and what the caller may do to it (`permissions`) */
        get: operations["getSatisfactionSurvey"];
        /**
         * Change the design of a DRAFT survey (name, year, scale, satisfied values, shares, questions, plan) — editor or admin of the commune's scope
         * @description The whole design is replaced. Only a DRAFT survey (409 `conflict` otherwise); `version` as read (409 `stale-version`).
         */
        put: operations["updateSatisfactionSurvey"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/satisfaction-surveys/{id}/open": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open the survey for answers (editor or admin of the commune's scope) — DRAFT → OPEN
         * @description Needs at least one question and a plan of at least one area (409 `conflict` naming what is missing).
         */
        post: operations["openSatisfactionSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/satisfaction-surveys/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop taking answers (editor or admin of the commune's scope) — OPEN → CLOSED */
        post: operations["closeSatisfactionSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/satisfaction-surveys/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish the results (editor or admin of the commune's scope) — CLOSED → PUBLISHED; then readable without login
         * @description Refused with 409 problem+json naming every blocker of getSatisfactionResults' `blockers`, by the
         *     same codes: `type` ends with the first blocker's code (`survey-not-closed`: still DRAFT or OPEN,
         *     close it first; `sample-not-reached`: below the plan's minimum share overall or in an area),
         *     `detail` joins their messages and `errors` has one entry per blocker, in the same order, with
         *     `field` = the blocker's code, followed by `[<residentialAreaId>]` for an area's blocker
         *     (`survey-not-closed`, `sample-not-reached`, `sample-not-reached[12]`) and `message` = its message.
         *     A survey already PUBLISHED is 409 `conflict` (no blocker). Only when the survey's
         *     `permissions.publish` is true does publishing succeed.
         */
        post: operations["publishSatisfactionSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/satisfaction-surveys/{id}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enter one paper form (reporter, editor or admin whose scope holds the commune) into an OPEN survey; anonymous
         * @description One form: its residential area (an area of the plan) and its answers (each question at most once,
         *     each value on the scale; a question left blank on paper is left out; at least one answer). Nothing
         *     else is stored with the answers — not the cadre, not the time beyond the day. Send it with an
         *     `Idempotency-Key` (the web app's outbox resends). A survey not OPEN is 409 `conflict`.
         */
        post: operations["enterSatisfactionResponse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/satisfaction-surveys/{id}/codes": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A batch of one-time codes for residents of one area to answer online (editor or admin of the commune's scope); the codes are shown this once
         * @description `count` codes (1–1000) for `residentialAreaId` (an area of the plan), DRAFT or OPEN survey (409
         *     otherwise). Each code is 12 characters of `ABCDEFGHJKMNPQRSTUVWXYZ23456789` (no 0/O, 1/I/L) from
         *     SecureRandom; only its HMAC-SHA-256 under the survey's own secret is stored, with its area. The
         *     answer holds the codes in plain text, once, to print (the web app makes the sheet); they cannot be
         *     read again. `link` is the public page's absolute address (`danvan.app-url` + `/khao-sat/{surveyId}`,
         *     e.g. https://danvan.angiang.gov.vn/khao-sat/12) to print on the sheet, `path` the same page's path;
         *     the resident types the code there.
         */
        post: operations["generateSatisfactionCodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/satisfaction-surveys/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * The aggregate results in any state (readers of the commune's scope) — response rate by area against the plan, satisfaction overall and per criterion, whether it can be published
         * @description Read from counts kept per survey × area × question × answer value as answers arrive. A share is
         *     satisfied answers / answers, in percent with one decimal; `passed` when it is above
         *     `thresholdPercent`. `publishable` with `blockers` (why not, each with a stable `code`) as
         *     publishSatisfactionSurvey would say in its 409.
         */
        get: operations["getSatisfactionResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/satisfaction-surveys/{id}/results.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * The aggregate results as an Excel workbook (.xlsx) — never single answers; Vietnamese headers, dates dd/MM/yyyy
         * @description Sheets "Tỷ lệ phản hồi" (by area against the plan), "Mức độ hài lòng" (overall, per criterion, per question with counts per answer value).
         */
        get: operations["exportSatisfactionResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/satisfaction-surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Published surveys, newest first (no login; rate-limited)
         * @description `provinceCode` narrows to one province (unknown: 400 naming it). Too many requests from one address: 429 with `Retry-After`.
         */
        get: operations["listPublicSatisfactionSurveys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/satisfaction-surveys/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** The results of a PUBLISHED survey as chart data (no login; rate-limited); any other survey is 404 */
        get: operations["getPublicSatisfactionResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/satisfaction-surveys/{id}/questionnaire": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** The questionnaire of an OPEN survey, for a resident who has a code (no login; rate-limited); any other survey is 404 */
        get: operations["getPublicSatisfactionQuestionnaire"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/satisfaction-surveys/{id}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A resident answers an OPEN survey with a one-time code (no login; rate-limited); the code is spent
         * @description The answer counts for the code's residential area; nothing else is stored. A code that is not one
         *     of this survey's is a 400 naming `code` (a malformed one too); a code already used is 409
         *     `survey-code-spent` (it works once: resending the same form is refused, not counted twice); a
         *     survey that is not OPEN is 404 when DRAFT or unknown, 409 `conflict` when CLOSED or PUBLISHED.
         *     Limited per address and per survey (429 with `Retry-After`).
         */
        post: operations["submitPublicSatisfactionResponse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description RFC 9457 problem details */
        Problem: {
            /** @example https://danvan.vn/problems/validation */
            type: string;
            title: string;
            /** Format: int32 */
            status: number;
            detail?: string;
            instance?: string;
            errors?: components["schemas"]["FieldError"][];
        };
        FieldError: {
            field: string;
            message: string;
        };
        CurrentUser: {
            username: string;
            fullName?: string | null;
            email?: string | null;
            roles: components["schemas"]["Role"][];
            organization?: components["schemas"]["OrganizationRef"];
            unit?: components["schemas"]["UnitSummary"];
            residentialArea?: components["schemas"]["ResidentialArea"];
        };
        /** @enum {string} */
        Role: "admin" | "editor" | "reporter" | "appraiser" | "leader" | "integration";
        /**
         * @description NATIONAL (Trung ương, the issuer of central directives), PROVINCE (tỉnh, thành phố), DISTRICT (huyện, quận, thị xã; abolished 1 July 2025), COMMUNE (xã, phường, đặc khu, thị trấn)
         * @enum {string}
         */
        UnitLevel: "NATIONAL" | "PROVINCE" | "DISTRICT" | "COMMUNE";
        /**
         * @description NATION Trung ương; PROVINCE tỉnh; MUNICIPALITY thành phố trực thuộc trung ương; RURAL_DISTRICT huyện;
         *     URBAN_DISTRICT quận; DISTRICT_TOWN thị xã; PROVINCIAL_CITY thành phố thuộc tỉnh;
         *     COMMUNE xã; WARD phường; TOWNSHIP thị trấn; SPECIAL_ZONE đặc khu
         * @enum {string}
         */
        UnitKind: "NATION" | "PROVINCE" | "MUNICIPALITY" | "RURAL_DISTRICT" | "URBAN_DISTRICT" | "DISTRICT_TOWN" | "PROVINCIAL_CITY" | "COMMUNE" | "WARD" | "TOWNSHIP" | "SPECIAL_ZONE";
        UnitSummary: {
            /** Format: int64 */
            id: number;
            /** @description Official code: 2 digits for a province, 5 for a commune; none for abolished districts */
            code?: string | null;
            /** @example Phường Rạch Giá */
            name: string;
            /** @example Rạch Giá */
            shortName: string;
            kind: components["schemas"]["UnitKind"];
            level: components["schemas"]["UnitLevel"];
            /** Format: int64 */
            parentId?: number | null;
            /** Format: date */
            validFrom?: string | null;
            /** Format: date */
            validTo?: string | null;
            /** Format: int64 */
            successorId?: number | null;
            /** @description Valid today */
            current: boolean;
        };
        /** @description A unit (the fields of UnitSummary) with its place in the tree and in history */
        UnitDetail: {
            /** Format: int64 */
            id: number;
            code?: string | null;
            name: string;
            shortName: string;
            kind: components["schemas"]["UnitKind"];
            level: components["schemas"]["UnitLevel"];
            /** Format: int64 */
            parentId?: number | null;
            /** Format: date */
            validFrom?: string | null;
            /** Format: date */
            validTo?: string | null;
            /** Format: int64 */
            successorId?: number | null;
            current: boolean;
            /** Format: int64 */
            version: number;
            /** @description From the top of the tree down to the parent */
            ancestors: components["schemas"]["UnitSummary"][];
            /** @description The children in force (for an abolished unit, on its last day), in Vietnamese order */
            children: components["schemas"]["UnitSummary"][];
            successor?: components["schemas"]["UnitSummary"];
            /** @description Abolished units whose successor this unit is */
            predecessors: components["schemas"]["UnitSummary"][];
        };
        UnitLookup: {
            unit: components["schemas"]["UnitDetail"];
            formerUnit?: components["schemas"]["UnitSummary"];
        };
        UnitPage: {
            items: components["schemas"]["UnitSummary"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
        };
        UnitCreate: {
            code: string;
            name: string;
            shortName: string;
            kind: components["schemas"]["UnitKind"];
            /** Format: int64 */
            parentId: number;
            /** Format: date */
            validFrom?: string | null;
        };
        UnitUpdate: {
            name: string;
            shortName: string;
            kind: components["schemas"]["UnitKind"];
            /** Format: date */
            validFrom?: string | null;
            /** Format: date */
            validTo?: string | null;
            /** Format: int64 */
            successorId?: number | null;
            /** Format: int64 */
            version: number;
        };
        /**
         * @description PARTY_COMMITTEE cấp ủy (Ban Chấp hành Trung ương, Tỉnh ủy, Đảng ủy xã); POLITBURO Bộ Chính trị;
         *     SECRETARIAT Ban Bí thư; GOVERNMENT Chính phủ, Thủ tướng Chính phủ; PARTY_STANDING_COMMITTEE Ban Thường vụ;
         *     PROPAGANDA_MOBILIZATION_BOARD Ban Tuyên giáo và Dân vận; PARTY_OFFICE Văn phòng cấp ủy;
         *     PEOPLES_COMMITTEE Ủy ban nhân dân; STATE_AGENCY sở, ban, ngành, phòng;
         *     FATHERLAND_FRONT Ủy ban MTTQ Việt Nam; FARMERS_ASSOCIATION Hội Nông dân;
         *     WOMENS_UNION Hội Liên hiệp Phụ nữ; VETERANS_ASSOCIATION Hội Cựu chiến binh;
         *     LABOUR_FEDERATION Liên đoàn Lao động; YOUTH_UNION Đoàn Thanh niên;
         *     MASS_ASSOCIATION other mass associations
         * @enum {string}
         */
        OrganizationKind: "PARTY_COMMITTEE" | "POLITBURO" | "SECRETARIAT" | "GOVERNMENT" | "PARTY_STANDING_COMMITTEE" | "PROPAGANDA_MOBILIZATION_BOARD" | "PARTY_OFFICE" | "PEOPLES_COMMITTEE" | "STATE_AGENCY" | "FATHERLAND_FRONT" | "FARMERS_ASSOCIATION" | "WOMENS_UNION" | "VETERANS_ASSOCIATION" | "LABOUR_FEDERATION" | "YOUTH_UNION" | "MASS_ASSOCIATION";
        OrganizationRef: {
            /** Format: int64 */
            id: number;
            code: string;
            name: string;
        };
        /**
         * @description Who did something, as people know them: the name and organization the user directory
         *     learned from their token when they last used the app. A login never seen there shows its
         *     login name as `displayName` and no organization.
         */
        Person: {
            /** @example reporter.rachgia */
            username: string;
            /** @example Nguyễn Văn An */
            displayName: string;
            organization?: components["schemas"]["OrganizationRef"];
        };
        AssignmentPreview: {
            /** @description Those that would be assigned, in Vietnamese order */
            organizations: components["schemas"]["OrganizationRef"][];
            /** Format: int32 */
            count: number;
            /**
             * Format: int32
             * @description Described or listed, but already assigned: skipped
             */
            alreadyAssigned: number;
        };
        /**
         * @description Order of a report list; `-` first means newest / latest first
         * @enum {string}
         */
        ReportSort: "submittedAt" | "-submittedAt" | "dueDate" | "-dueDate" | "organization" | "task";
        ReportBulkReviewItem: {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            version: number;
        };
        ReportBulkReview: {
            /** @enum {string} */
            decision: "ACCEPTED" | "RETURNED";
            /** @description Required to return */
            comment?: string;
            items: components["schemas"]["ReportBulkReviewItem"][];
        };
        /**
         * @description ACCEPTED / RETURNED done; CONFLICT stale version or not submitted; FORBIDDEN out of role or scope; NOT_FOUND no such report
         * @enum {string}
         */
        ReportBulkReviewOutcome: "ACCEPTED" | "RETURNED" | "CONFLICT" | "FORBIDDEN" | "NOT_FOUND";
        ReportBulkReviewItemResult: {
            /** Format: int64 */
            id: number;
            outcome: components["schemas"]["ReportBulkReviewOutcome"];
            /** @description Why it was not reviewed */
            detail?: string;
            report?: components["schemas"]["ReportSlot"];
        };
        ReportBulkReviewResult: {
            results: components["schemas"]["ReportBulkReviewItemResult"][];
            /** Format: int32 */
            reviewed: number;
            /** Format: int32 */
            failed: number;
        };
        Organization: {
            /** Format: int64 */
            id: number;
            /** @example 91-BTGDV */
            code: string;
            /** @example Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang */
            name: string;
            kind: components["schemas"]["OrganizationKind"];
            /** Format: int64 */
            unitId: number;
            /** Format: int64 */
            parentId?: number | null;
            /** Format: date */
            validFrom?: string | null;
            /** Format: date */
            validTo?: string | null;
            /** Format: int64 */
            successorId?: number | null;
            current: boolean;
            /** Format: int64 */
            version: number;
        };
        OrganizationPage: {
            items: components["schemas"]["Organization"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
        };
        OrganizationCreate: {
            code: string;
            name: string;
            kind: components["schemas"]["OrganizationKind"];
            /** Format: int64 */
            unitId: number;
            /** Format: int64 */
            parentId?: number | null;
            /** Format: date */
            validFrom?: string | null;
        };
        OrganizationUpdate: {
            name: string;
            kind: components["schemas"]["OrganizationKind"];
            /** Format: int64 */
            parentId?: number | null;
            /** Format: date */
            validFrom?: string | null;
            /** Format: date */
            validTo?: string | null;
            /** Format: int64 */
            successorId?: number | null;
            /** Format: int64 */
            version: number;
        };
        /**
         * @description VILLAGE thôn; HAMLET ấp; HIGHLAND_VILLAGE bản; TRADITIONAL_VILLAGE làng; URBAN_QUARTER khu phố; RESIDENT_GROUP tổ dân phố
         * @enum {string}
         */
        ResidentialAreaKind: "VILLAGE" | "HAMLET" | "HIGHLAND_VILLAGE" | "TRADITIONAL_VILLAGE" | "URBAN_QUARTER" | "RESIDENT_GROUP";
        ResidentialArea: {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            unitId: number;
            /**
             * @description Local code: there is no national one
             * @example 30742-KP01
             */
            code: string;
            /** @example Khu phố 1 */
            name: string;
            kind: components["schemas"]["ResidentialAreaKind"];
            /** Format: date */
            validFrom?: string | null;
            /** Format: date */
            validTo?: string | null;
            current: boolean;
            /** Format: int64 */
            version: number;
        };
        ResidentialAreaPage: {
            items: components["schemas"]["ResidentialArea"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
        };
        ResidentialAreaCreate: {
            /** Format: int64 */
            unitId: number;
            code: string;
            name: string;
            kind: components["schemas"]["ResidentialAreaKind"];
            /** Format: date */
            validFrom?: string | null;
        };
        ResidentialAreaUpdate: {
            name: string;
            kind: components["schemas"]["ResidentialAreaKind"];
            /** Format: date */
            validFrom?: string | null;
            /** Format: date */
            validTo?: string | null;
            /** Format: int64 */
            version: number;
        };
        AuditEvent: {
            /** Format: int64 */
            id: number;
            entityType: string;
            /** Format: int64 */
            entityId: number;
            /** @enum {string} */
            action: "CREATE" | "UPDATE" | "DELETE";
            actor: string;
            actorPerson?: components["schemas"]["Person"];
            /** Format: date-time */
            at: string;
            /** @description The record's fields after the change */
            changes?: {
                [key: string]: unknown;
            };
        };
        AuditEventPage: {
            items: components["schemas"]["AuditEvent"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
        };
        /**
         * @description RESOLUTION nghị quyết; JOINT_RESOLUTION nghị quyết liên tịch; DECISION quyết định; REGULATION quy định;
         *     DIRECTIVE chỉ thị; CONCLUSION kết luận; STATUTE quy chế; CIRCULAR_PARTY thông tri; GUIDANCE hướng dẫn;
         *     NOTICE thông báo; PLAN kế hoạch; PROGRAMME chương trình; PROJECT đề án; OFFICIAL_LETTER công văn;
         *     REPORT báo cáo; SUBMISSION tờ trình; DECREE nghị định; CIRCULAR thông tư
         * @enum {string}
         */
        DirectiveType: "RESOLUTION" | "JOINT_RESOLUTION" | "DECISION" | "REGULATION" | "DIRECTIVE" | "CONCLUSION" | "STATUTE" | "CIRCULAR_PARTY" | "GUIDANCE" | "NOTICE" | "PLAN" | "PROGRAMME" | "PROJECT" | "OFFICIAL_LETTER" | "REPORT" | "SUBMISSION" | "DECREE" | "CIRCULAR";
        /** @description A document number exactly as written, with the parts that could be read from it */
        DirectiveNumber: {
            /** @example Số 70 -CV/TU */
            text: string;
            /**
             * @description UNPARSED: kept as written and flagged
             * @enum {string}
             */
            style: "PARTY" | "STATE" | "UNPARSED";
            /**
             * Format: int32
             * @example 70
             */
            sequence?: number;
            /**
             * Format: int32
             * @description State style only, e.g. 88/2016/NQLT/...
             */
            year?: number;
            /** @example CV */
            typeCode?: string;
            /** @example TU */
            issuerCode?: string;
        };
        DirectiveParseRequest: {
            /** @description The plain text of the document */
            text: string;
        };
        DirectiveCitation: {
            type?: components["schemas"]["DirectiveType"];
            number: components["schemas"]["DirectiveNumber"];
            /** Format: date */
            issueDate?: string;
        };
        ProposedTask: {
            /** Format: int32 */
            ordinal: number;
            content: string;
            addressees: string[];
            /** @description Only where the text says "chủ trì" */
            lead?: string;
            /** @description Bodies named after "phối hợp với" */
            coordinating: string[];
            leadOrganization?: components["schemas"]["OrganizationRef"];
            addresseeOrganizations: components["schemas"]["OrganizationMatch"][];
            coordinatingOrganizations: components["schemas"]["OrganizationMatch"][];
        };
        /** @description A body named in a text, and the organization it was matched to when one was found */
        OrganizationMatch: {
            /** @example Ban Dân vận Tỉnh ủy */
            text: string;
            organization?: components["schemas"]["OrganizationRef"];
        };
        DirectiveDraft: {
            type?: components["schemas"]["DirectiveType"];
            number?: components["schemas"]["DirectiveNumber"];
            /** @example Tỉnh ủy Kiên Giang */
            issuer?: string;
            /** Format: date */
            issueDate?: string;
            place?: string;
            subject?: string;
            signer?: string;
            /** @example T/M Ban Thường vụ — Bí thư */
            signingCapacity?: string;
            recipients: string[];
            issuerOrganization?: components["schemas"]["OrganizationRef"];
            recipientOrganizations: components["schemas"]["OrganizationMatch"][];
            /** Format: int32 */
            periodFrom?: number;
            /** Format: int32 */
            periodTo?: number;
            /** @description The text read, for the form (from a file, the extracted text) */
            fullText?: string;
            citations: components["schemas"]["DirectiveCitation"][];
            proposedTasks: components["schemas"]["ProposedTask"][];
            /** @description The fields that could not be found */
            missing: ("type" | "number" | "issuer" | "issueDate" | "place" | "subject" | "signer" | "signingCapacity" | "recipients" | "period")[];
        };
        /**
         * @description DRAFT dự thảo; IN_FORCE còn hiệu lực; EXPIRED hết hiệu lực; REPLACED bị thay thế
         * @enum {string}
         */
        DirectiveStatus: "DRAFT" | "IN_FORCE" | "EXPIRED" | "REPLACED";
        Directive: {
            /** Format: int64 */
            id: number;
            type: components["schemas"]["DirectiveType"];
            number?: components["schemas"]["DirectiveNumber"];
            issuer: components["schemas"]["OrganizationRef"];
            /** Format: date */
            issueDate?: string;
            place?: string;
            subject: string;
            signer?: string;
            signingCapacity?: string;
            recipients: components["schemas"]["OrganizationRef"][];
            /** Format: int32 */
            periodFrom?: number;
            /** Format: int32 */
            periodTo?: number;
            /** @description Never present on a confidential directive */
            fullText?: string;
            status: components["schemas"]["DirectiveStatus"];
            confidential: boolean;
            publicAccess: boolean;
            monitoringOrganization?: components["schemas"]["OrganizationRef"];
            reportingCadences?: components["schemas"]["ReportingCadence"][];
            /** Format: date */
            midTermReviewDate?: string;
            /** Format: date */
            finalReviewDate?: string;
            /** Format: int64 */
            version: number;
        };
        DirectiveSummary: {
            /** Format: int64 */
            id: number;
            type: components["schemas"]["DirectiveType"];
            number?: components["schemas"]["DirectiveNumber"];
            issuer: components["schemas"]["OrganizationRef"];
            /** Format: date */
            issueDate?: string;
            subject: string;
            status: components["schemas"]["DirectiveStatus"];
            confidential: boolean;
        };
        DirectivePage: {
            items: components["schemas"]["DirectiveSummary"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
            /** @description true when more directives match than `total` (the count stops at 1,000) */
            totalCapped?: boolean;
        };
        /** @description A directive as an editor writes it; `version` is required to change one */
        DirectiveWrite: {
            type: components["schemas"]["DirectiveType"];
            /** @description As written, e.g. "Số 70 -CV/TU"; an unreadable number is kept */
            number?: string;
            /** Format: int64 */
            issuerId: number;
            /** Format: date */
            issueDate?: string;
            place?: string;
            subject: string;
            signer?: string;
            signingCapacity?: string;
            recipientIds?: number[];
            /** Format: int32 */
            periodFrom?: number;
            /** Format: int32 */
            periodTo?: number;
            fullText?: string;
            status?: components["schemas"]["DirectiveStatus"];
            /** @default false */
            confidential: boolean;
            /** @default false */
            publicAccess: boolean;
            /**
             * Format: int64
             * @description The body that monitors implementation and reviews reports
             */
            monitoringOrganizationId?: number;
            reportingCadences?: components["schemas"]["ReportingCadence"][];
            /**
             * Format: date
             * @description Sơ kết
             */
            midTermReviewDate?: string;
            /**
             * Format: date
             * @description Tổng kết; not before the mid-term review
             */
            finalReviewDate?: string;
            /** Format: int64 */
            version?: number;
        };
        /**
         * @description QUARTERLY hằng quý; HALF_YEARLY 6 tháng; YEARLY hằng năm
         * @enum {string}
         */
        ReportingCadence: "QUARTERLY" | "HALF_YEARLY" | "YEARLY";
        /**
         * @description DATE by a date (thời hạn); RECURRING reported each period (định kỳ); CONTINUOUS thường xuyên, reported every period with no end date
         * @enum {string}
         */
        DueKind: "DATE" | "RECURRING" | "CONTINUOUS";
        /**
         * @description A task as an editor writes it. DATE needs `dueDate`; RECURRING and CONTINUOUS need
         *     `cadence`. `version` is required to change one.
         */
        TaskWrite: {
            /** Format: int32 */
            ordinal: number;
            title: string;
            content?: string;
            /**
             * Format: int64
             * @description Đơn vị chủ trì
             */
            leadOrganizationId: number;
            coordinatingOrganizationIds?: number[];
            dueKind: components["schemas"]["DueKind"];
            /** Format: date */
            dueDate?: string;
            cadence?: components["schemas"]["ReportingCadence"];
            /** Format: date */
            midTermReviewDate?: string;
            /** Format: date */
            finalReviewDate?: string;
            /** Format: int64 */
            version?: number;
        };
        TaskBatch: {
            tasks: components["schemas"]["TaskWrite"][];
        };
        Task: {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            directiveId: number;
            /** Format: int32 */
            ordinal: number;
            title: string;
            content?: string;
            leadOrganization: components["schemas"]["OrganizationRef"];
            coordinatingOrganizations: components["schemas"]["OrganizationRef"][];
            dueKind: components["schemas"]["DueKind"];
            /** Format: date */
            dueDate?: string;
            cadence?: components["schemas"]["ReportingCadence"];
            /** Format: date */
            midTermReviewDate?: string;
            /** Format: date */
            finalReviewDate?: string;
            createdBy: string;
            createdByPerson?: components["schemas"]["Person"];
            /** Format: date-time */
            createdAt: string;
            /** Format: int64 */
            version: number;
        };
        /**
         * @description NOT_STARTED chưa thực hiện; IN_PROGRESS đang thực hiện; DONE hoàn thành; CANCELLED hủy
         * @enum {string}
         */
        AssignmentStatus: "NOT_STARTED" | "IN_PROGRESS" | "DONE" | "CANCELLED";
        /**
         * @description DONE_ON_TIME hoàn thành đúng hạn; DONE_LATE hoàn thành trễ hạn; OPEN_IN_TIME đang thực hiện trong hạn; OPEN_OVERDUE quá hạn
         * @enum {string}
         */
        Bucket: "DONE_ON_TIME" | "DONE_LATE" | "OPEN_IN_TIME" | "OPEN_OVERDUE";
        /**
         * @description The organizations listed, or those described: of `kind`, at `level`, in the unit `underUnitId`
         *     and below (e.g. PARTY_COMMITTEE, COMMUNE, An Giang: every commune Party committee of the
         *     province). Give `organizationIds`, or `kind` with `underUnitId`.
         */
        AssignmentTargets: {
            organizationIds?: number[];
            kind?: components["schemas"]["OrganizationKind"];
            level?: components["schemas"]["UnitLevel"];
            /** Format: int64 */
            underUnitId?: number;
        };
        Assignment: {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            taskId: number;
            /** Format: int64 */
            directiveId: number;
            /**
             * Format: int32
             * @description The task's ordinal
             */
            ordinal: number;
            /** @description The task's title */
            title: string;
            dueKind?: components["schemas"]["DueKind"];
            organization: components["schemas"]["OrganizationRef"];
            status: components["schemas"]["AssignmentStatus"];
            /** Format: int32 */
            progress: number;
            /**
             * Format: date
             * @description The task's date; for recurring and continuous tasks (dueKind), the current period's report; only these have period reports
             */
            dueDate?: string;
            /** Format: date */
            completedOn?: string;
            bucket: components["schemas"]["Bucket"];
            dueSoon: boolean;
            /**
             * Format: int64
             * @description The assignment this one breaks down (giao lại cho cấp dưới)
             */
            parentId?: number;
            rollup?: components["schemas"]["AssignmentRollup"];
            /** @description A leader asked for an explanation that is not answered yet */
            explanationRequested: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: int64 */
            version: number;
        };
        AssignmentPage: {
            items: components["schemas"]["Assignment"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
            /** @description true when there are more than 1,000: total is then 1,000 */
            totalCapped?: boolean;
        };
        AssignmentUpdate: {
            status: components["schemas"]["AssignmentStatus"];
            /** Format: int32 */
            progress: number;
            /** Format: date */
            completedOn?: string;
            /** Format: int64 */
            version: number;
        };
        BucketCounts: {
            /** Format: int64 */
            doneOnTime: number;
            /** Format: int64 */
            doneLate: number;
            /** Format: int64 */
            openInTime: number;
            /** Format: int64 */
            openOverdue: number;
            /** Format: int64 */
            dueSoon: number;
            /** Format: int64 */
            total: number;
        };
        AssignmentSummaryRow: {
            organization: components["schemas"]["OrganizationRef"];
            counts: components["schemas"]["BucketCounts"];
        };
        AssignmentSummary: {
            /** Format: date */
            asOf: string;
            rows: components["schemas"]["AssignmentSummaryRow"][];
            totals: components["schemas"]["BucketCounts"];
        };
        /**
         * @description OPEN chưa nộp; SUBMITTED đã nộp, chờ xem xét; ACCEPTED đã tiếp nhận; RETURNED trả lại để bổ sung
         * @enum {string}
         */
        ReportStatus: "OPEN" | "SUBMITTED" | "ACCEPTED" | "RETURNED";
        ReportFigure: {
            /** @example Số hộ được hỗ trợ */
            label: string;
            /** @example 120 */
            value: number;
            /** @example hộ */
            unit?: string;
        };
        ReportSubmission: {
            text: string;
            figures?: components["schemas"]["ReportFigure"][];
            /** Format: int64 */
            version: number;
        };
        ReportReview: {
            /** @enum {string} */
            decision: "ACCEPTED" | "RETURNED";
            /** @description Required to return */
            comment?: string;
            /** Format: int64 */
            version: number;
        };
        ReportEvent: {
            /** @enum {string} */
            action: "SUBMITTED" | "ACCEPTED" | "RETURNED";
            actor: string;
            actorPerson?: components["schemas"]["Person"];
            /** Format: date-time */
            at: string;
            text?: string;
            figures?: components["schemas"]["ReportFigure"][];
            comment?: string;
        };
        ReportSlot: {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            assignmentId: number;
            /** Format: int64 */
            taskId: number;
            /** Format: int64 */
            directiveId?: number;
            /** @description The directive's number, e.g. 23-CT/TU */
            directiveNumber?: string;
            /**
             * Format: int32
             * @description The task's ordinal
             */
            ordinal: number;
            /** @description The task's title */
            title: string;
            organization: components["schemas"]["OrganizationRef"];
            /** @enum {string} */
            period: "QUARTER" | "HALF_YEAR" | "YEAR";
            /** @example Q3/2026 */
            periodLabel: string;
            /** Format: date */
            figuresFrom: string;
            /** Format: date */
            figuresTo: string;
            /** Format: date */
            dueDate: string;
            status: components["schemas"]["ReportStatus"];
            /** @description Submitted after the due day */
            late: boolean;
            /** @description Not submitted (or returned and not resubmitted) after the due day */
            missing: boolean;
            text?: string;
            figures: components["schemas"]["ReportFigure"][];
            submittedBy?: string;
            submittedByPerson?: components["schemas"]["Person"];
            /** Format: date-time */
            submittedAt?: string;
            reviewedBy?: string;
            reviewedByPerson?: components["schemas"]["Person"];
            /** Format: date-time */
            reviewedAt?: string;
            reviewComment?: string;
            /** @description Evidence: files and photos */
            attachments: components["schemas"]["Attachment"][];
            history: components["schemas"]["ReportEvent"][];
            /** Format: int64 */
            version: number;
        };
        /** @description The sub-assignments below an assignment (all levels) and their mean progress, cancelled ones left out */
        AssignmentRollup: {
            /** Format: int32 */
            subAssignments: number;
            /** Format: int32 */
            done: number;
            /** Format: int32 */
            progress: number;
        };
        ExplanationRequest: {
            /** @example Đề nghị giải trình lý do chậm triển khai */
            question: string;
        };
        ExplanationAnswer: {
            answer: string;
            /** Format: int64 */
            version: number;
        };
        Explanation: {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            assignmentId: number;
            question: string;
            requestedBy: string;
            requestedByPerson?: components["schemas"]["Person"];
            /** Format: date-time */
            requestedAt: string;
            answered: boolean;
            answer?: string;
            answeredBy?: string;
            answeredByPerson?: components["schemas"]["Person"];
            /** Format: date-time */
            answeredAt?: string;
            /** Format: int64 */
            version: number;
        };
        ReportSlotPage: {
            items: components["schemas"]["ReportSlot"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
            /** @description true when there are more than 1,000: total is then 1,000 */
            totalCapped?: boolean;
        };
        /**
         * @description DUE_SOON sắp đến hạn; OVERDUE quá hạn; RETURNED báo cáo bị trả lại; EXPLANATION_REQUESTED được yêu cầu giải trình
         * @enum {string}
         */
        DigestItemKind: "DUE_SOON" | "OVERDUE" | "RETURNED" | "EXPLANATION_REQUESTED";
        DigestItem: {
            kind: components["schemas"]["DigestItemKind"];
            /** Format: int64 */
            assignmentId: number;
            /** Format: int64 */
            taskId: number;
            /** Format: int32 */
            ordinal: number;
            title: string;
            organization: components["schemas"]["OrganizationRef"];
            /** Format: date */
            dueDate?: string;
            /** Format: int64 */
            reportId?: number;
            periodLabel?: string;
            /** Format: int64 */
            explanationId?: number;
            /** @description The reviewer comment, or the question asked */
            note?: string;
        };
        Digest: {
            /** Format: date */
            day: string;
            items: components["schemas"]["DigestItem"][];
        };
        FileUpload: {
            /** Format: binary */
            file: string;
        };
        Attachment: {
            /** Format: int64 */
            id: number;
            /** @example KH-23-BTGDVTU.pdf */
            fileName: string;
            /**
             * @description Read from the content
             * @example application/pdf
             */
            mediaType: string;
            /** Format: int64 */
            size: number;
            /**
             * @description Hex
             * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
             */
            sha256: string;
            uploadedBy: string;
            uploadedByPerson?: components["schemas"]["Person"];
            /** Format: date-time */
            uploadedAt: string;
        };
        /**
         * @description IMPLEMENTS thực hiện; CONCRETIZES cụ thể hóa; CONTINUES tiếp tục thực hiện; REPLACES thay thế; CITES căn cứ
         * @enum {string}
         */
        RelationKind: "IMPLEMENTS" | "CONCRETIZES" | "CONTINUES" | "REPLACES" | "CITES";
        /** @description Exactly one of `targetId` and `targetNumber` */
        DirectiveRelationWrite: {
            kind: components["schemas"]["RelationKind"];
            /** Format: int64 */
            targetId?: number;
            /** @example 10-CT/TW */
            targetNumber?: string;
            targetType?: components["schemas"]["DirectiveType"];
            /** Format: date */
            targetIssueDate?: string;
        };
        /**
         * @description One relation in a chain. `directive` is the other end when it is registered and visible to the
         *     caller; otherwise only its number, type and date are known.
         */
        DirectiveRelationStep: {
            /** Format: int64 */
            id: number;
            /**
             * Format: int32
             * @description 1 for a direct relation
             */
            depth: number;
            kind: components["schemas"]["RelationKind"];
            /** Format: int64 */
            sourceId: number;
            /** @description false while the target is not in the register */
            linked: boolean;
            directive?: components["schemas"]["DirectiveSummary"];
            number?: components["schemas"]["DirectiveNumber"];
            type?: components["schemas"]["DirectiveType"];
            /** Format: date */
            issueDate?: string;
        };
        DirectiveRelationChain: {
            up: components["schemas"]["DirectiveRelationStep"][];
            down: components["schemas"]["DirectiveRelationStep"][];
        };
        EmulationField: {
            /** @example KINH_TE */
            code: string;
            /** @example Kinh tế */
            name: string;
        };
        /**
         * @description YEARLY sơ kết hằng năm; MID_TERM sơ kết giữa kỳ; FINAL tổng kết
         * @enum {string}
         */
        EmulationRoundKind: "YEARLY" | "MID_TERM" | "FINAL";
        EmulationRound: {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            periodId: number;
            kind: components["schemas"]["EmulationRoundKind"];
            /** Format: int32 */
            year: number;
            /** @example Năm 2026 */
            name: string;
            /** Format: date */
            registrationFrom: string;
            /** Format: date */
            registrationTo: string;
            /** Format: date */
            appraisalDeadline: string;
            /** Format: int64 */
            version: number;
        };
        EmulationPeriod: {
            /** Format: int64 */
            id: number;
            /** @example 2021–2025 */
            name: string;
            /** Format: int32 */
            startYear: number;
            /** Format: int32 */
            endYear: number;
            /** @description Demonstration data, not taken from a source document */
            demo: boolean;
            rounds: components["schemas"]["EmulationRound"][];
        };
        EmulationMovement: {
            /** Format: int64 */
            id: number;
            /** @example Dân vận khéo */
            name: string;
            organization: components["schemas"]["OrganizationRef"];
            /**
             * Format: int64
             * @description The directive that launched it
             */
            directiveId?: number;
            description?: string;
            fields: components["schemas"]["EmulationField"][];
            periods: components["schemas"]["EmulationPeriod"][];
            /** Format: int64 */
            version: number;
        };
        EmulationRoundWrite: {
            kind: components["schemas"]["EmulationRoundKind"];
            /** Format: int32 */
            year: number;
            name?: string;
            /** Format: date */
            registrationFrom: string;
            /** Format: date */
            registrationTo: string;
            /** Format: date */
            appraisalDeadline: string;
        };
        EmulationPeriodWrite: {
            name?: string;
            /** Format: int32 */
            startYear: number;
            /** Format: int32 */
            endYear: number;
            /** @default false */
            demo: boolean;
            rounds: components["schemas"]["EmulationRoundWrite"][];
        };
        EmulationMovementCreate: {
            name: string;
            /**
             * Format: int64
             * @description The launching body
             */
            organizationId: number;
            /** Format: int64 */
            directiveId?: number;
            description?: string;
            fields: components["schemas"]["EmulationField"][];
            periods: components["schemas"]["EmulationPeriodWrite"][];
        };
        EmulationMovementUpdate: {
            name: string;
            /** Format: int64 */
            directiveId?: number;
            description?: string;
            fields: components["schemas"]["EmulationField"][];
            /** Format: int64 */
            version: number;
        };
        EmulationRoundUpdate: {
            /** Format: date */
            registrationFrom: string;
            /** Format: date */
            registrationTo: string;
            /** Format: date */
            appraisalDeadline: string;
            /** Format: int64 */
            version: number;
        };
        /**
         * @description COLLECTIVE tập thể (an organization, a residential area, a branch); INDIVIDUAL cá nhân
         * @enum {string}
         */
        ModelOwnerKind: "COLLECTIVE" | "INDIVIDUAL";
        /**
         * @description The model itself — REGISTERED đã đăng ký; ACTIVE đang triển khai; DISCONTINUED đã dừng
         * @enum {string}
         */
        ModelState: "REGISTERED" | "ACTIVE" | "DISCONTINUED";
        /**
         * @description Who appraises it — COMMUNE the commune's steering committee; PROVINCE the province's Ban Tuyên giáo và Dân vận
         * @enum {string}
         */
        ModelLevel: "COMMUNE" | "PROVINCE";
        /**
         * @description A model's record for one round: REGISTERED đã đăng ký → IN_PROGRESS đang triển khai → REPORTED đã
         *     tự báo cáo kết quả → SUBMITTED đã gửi thẩm định → APPRAISED thẩm định đạt (NOT_PASSED không đạt;
         *     RETURNED trả lại để bổ sung) → RECOGNIZED đã công nhận → EXEMPLARY điển hình tiêu biểu →
         *     PROPOSED_FOR_COMMENDATION đề nghị khen thưởng → COMMENDED đã khen thưởng; PROPOSED_UPWARD đề
         *     nghị lên tỉnh (the province appraises again)
         * @enum {string}
         */
        ModelRoundState: "REGISTERED" | "IN_PROGRESS" | "REPORTED" | "SUBMITTED" | "RETURNED" | "NOT_PASSED" | "APPRAISED" | "RECOGNIZED" | "EXEMPLARY" | "PROPOSED_FOR_COMMENDATION" | "COMMENDED" | "PROPOSED_UPWARD";
        /**
         * @description The year's mark — NEW mới; MAINTAINED duy trì bền vững; WEAK yếu, cần củng cố; DISCONTINUED đã dừng
         * @enum {string}
         */
        ModelRoundMark: "NEW" | "MAINTAINED" | "WEAK" | "DISCONTINUED";
        ModelIndicator: {
            /** @example Số hộ được hỗ trợ */
            name: string;
            /** @example hộ */
            unit?: string;
        };
        /**
         * @description What a title is given to — RESIDENTIAL_AREA khu dân cư (thôn, tổ dân phố); COMMUNE xã, phường
         * @enum {string}
         */
        SubjectKind: "RESIDENTIAL_AREA" | "COMMUNE";
        /**
         * @description Who signs the decisions of a title — COMMUNE the commune; PROVINCE the province
         * @enum {string}
         */
        DecidingLevel: "COMMUNE" | "PROVINCE";
        /**
         * @description DRAFT dự thảo (edited, deletable) → PUBLISHED ban hành (frozen) → RETIRED hết áp dụng
         * @enum {string}
         */
        CriteriaSetStatus: "DRAFT" | "PUBLISHED" | "RETIRED";
        /**
         * @description ALL_REQUIRED every required criterion passes; SCORE the scored criteria reach the passing score
         * @enum {string}
         */
        PassRule: "ALL_REQUIRED" | "SCORE";
        /**
         * @description PASS_FAIL đạt / không đạt; SCORED chấm điểm (max points); NUMERIC a measured value against a threshold
         * @enum {string}
         */
        CriterionKind: "PASS_FAIL" | "SCORED" | "NUMERIC";
        /**
         * @description How a NUMERIC value meets its threshold
         * @enum {string}
         */
        Comparison: ">=" | "<=" | "=";
        RecognitionTitle: {
            /** Format: int64 */
            id: number;
            /** @example KDC-KIEU-MAU-91 */
            code: string;
            /** @example Khu dân cư kiểu mẫu */
            name: string;
            subjectKind: components["schemas"]["SubjectKind"];
            issuer: components["schemas"]["OrganizationRef"];
            decidingLevel: components["schemas"]["DecidingLevel"];
            description?: string;
            /** @description A demo example, not a real title */
            demo: boolean;
            /** @description Whether the caller may change the title and its sets */
            canChange: boolean;
            /** Format: int64 */
            version: number;
        };
        RecognitionTitleCreate: {
            code: string;
            name: string;
            subjectKind: components["schemas"]["SubjectKind"];
            /** Format: int64 */
            issuerOrganizationId: number;
            decidingLevel: components["schemas"]["DecidingLevel"];
            description?: string;
        };
        RecognitionTitleUpdate: {
            name: string;
            decidingLevel: components["schemas"]["DecidingLevel"];
            description?: string;
            /** Format: int64 */
            version: number;
        };
        CriteriaRule: {
            passRule: components["schemas"]["PassRule"];
            /** @description Required with SCORE; at most the total of the max points (checked on publishing) */
            passingScore?: number;
            /**
             * Format: int32
             * @description Days of public posting (niêm yết)
             */
            postingDays?: number;
            /** @description The council passes a case when votes for ≥ this share of the members present */
            voteThresholdPercent?: number;
            /** Format: int32 */
            validityYears?: number;
            /** Format: int32 */
            reassessmentMonths?: number;
            /** @description Revoked when this share of criteria fails, one of them key */
            revokeKeyFailPercent?: number;
            /** @description Revoked when this share of criteria fails */
            revokeFailPercent?: number;
        };
        CriteriaGroup: {
            /** @example I */
            code: string;
            name: string;
        };
        CriterionVariant: {
            /**
             * Format: int32
             * @description The commune group it applies to
             */
            communeGroup: number;
            threshold?: number;
            note?: string;
        };
        /** @description An indicator (chỉ tiêu) of a criterion */
        Indicator: {
            /**
             * Format: int64
             * @description In answers only
             */
            id?: number;
            /** @example 1.1 */
            code: string;
            name: string;
            kind: components["schemas"]["CriterionKind"];
            /** @description Required with SCORED */
            maxPoints?: number;
            /** @example % */
            unitOfMeasure?: string;
            comparison?: components["schemas"]["Comparison"];
            /** @description Required with NUMERIC, with comparison */
            threshold?: number;
            required: boolean;
            /** @description A key criterion (tiêu chí then chốt) */
            key: boolean;
            expectedEvidence?: string;
            variants?: components["schemas"]["CriterionVariant"][];
            questions?: string[];
        };
        /** @description A criterion (tiêu chí) with its indicators */
        Criterion: {
            /**
             * Format: int64
             * @description In answers only
             */
            id?: number;
            /** @description One of the set's groups */
            groupCode?: string;
            /** @example 1 */
            code: string;
            name: string;
            kind: components["schemas"]["CriterionKind"];
            /** @description Required with SCORED */
            maxPoints?: number;
            unitOfMeasure?: string;
            comparison?: components["schemas"]["Comparison"];
            /** @description Required with NUMERIC, with comparison */
            threshold?: number;
            required: boolean;
            /** @description A key criterion (tiêu chí then chốt) */
            key: boolean;
            expectedEvidence?: string;
            indicators?: components["schemas"]["Indicator"][];
            variants?: components["schemas"]["CriterionVariant"][];
            questions?: string[];
        };
        CriteriaSetSummary: {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            titleId: number;
            /** Format: int32 */
            versionNo: number;
            name: string;
            /** @description The level within the title, when it has several */
            level?: string;
            status: components["schemas"]["CriteriaSetStatus"];
            /** Format: date */
            effectiveFrom: string;
            /** Format: date */
            effectiveTo?: string;
            /** Format: int64 */
            directiveId?: number;
            /** Format: int64 */
            copiedFromId?: number;
            demo: boolean;
            /** Format: date-time */
            publishedAt?: string;
            /**
             * Format: int32
             * @description Criteria, indicators not counted
             */
            criteriaCount: number;
            /** Format: int64 */
            version: number;
        };
        CriteriaSet: {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            titleId: number;
            /** Format: int32 */
            versionNo: number;
            name: string;
            level?: string;
            status: components["schemas"]["CriteriaSetStatus"];
            /** Format: date */
            effectiveFrom: string;
            /** Format: date */
            effectiveTo?: string;
            /**
             * Format: int64
             * @description The directive or decision of the register that issued it
             */
            directiveId?: number;
            /** Format: int64 */
            copiedFromId?: number;
            notes?: string;
            demo: boolean;
            /** Format: date-time */
            publishedAt?: string;
            publishedBy?: string;
            rule: components["schemas"]["CriteriaRule"];
            groups: components["schemas"]["CriteriaGroup"][];
            criteria: components["schemas"]["Criterion"][];
            /** @description The max points of the scored criteria and indicators together */
            totalMaxPoints: number;
            /** Format: int64 */
            version: number;
        };
        CriteriaSetWrite: {
            name: string;
            level?: string;
            /** Format: date */
            effectiveFrom: string;
            /** Format: date */
            effectiveTo?: string;
            /** Format: int64 */
            directiveId?: number;
            notes?: string;
            rule: components["schemas"]["CriteriaRule"];
            groups: components["schemas"]["CriteriaGroup"][];
            criteria: components["schemas"]["Criterion"][];
        };
        CriteriaSetUpdate: {
            name: string;
            level?: string;
            /** Format: date */
            effectiveFrom: string;
            /** Format: date */
            effectiveTo?: string;
            /** Format: int64 */
            directiveId?: number;
            notes?: string;
            rule: components["schemas"]["CriteriaRule"];
            groups: components["schemas"]["CriteriaGroup"][];
            criteria: components["schemas"]["Criterion"][];
            /** Format: int64 */
            version: number;
        };
        CriteriaSetTransition: {
            /** Format: int64 */
            version: number;
        };
        CriteriaSetImport: {
            /**
             * Format: binary
             * @description An .xlsx in the template's columns, at most 2 MB and 2,000 rows
             */
            file: string;
            /**
             * Format: int64
             * @description The draft's version as read
             */
            version: number;
        };
        ModelFigure: {
            name: string;
            value: number;
            unit?: string;
        };
        ModelOwner: {
            kind: components["schemas"]["ModelOwnerKind"];
            /** @description The collective's or the person's name */
            name: string;
            /** @description A person's position (chức vụ) */
            position?: string;
            /**
             * Format: int64
             * @description The owning organization, or the person's
             */
            organizationId?: number;
            /**
             * Format: int64
             * @description A residential area that owns the model
             */
            residentialAreaId?: number;
        };
        MobilizationModelRegistration: {
            /** Format: int64 */
            roundId: number;
            name: string;
            /** @description A field code of the movement */
            field: string;
            /**
             * Format: int64
             * @description The registering organization
             */
            organizationId: number;
            owner: components["schemas"]["ModelOwner"];
            /**
             * Format: int64
             * @description Where the model is
             */
            unitId: number;
            /** Format: int64 */
            residentialAreaId?: number;
            place?: string;
            /** Format: date */
            startedOn: string;
            problem: string;
            /** @description How people were mobilized */
            approach: string;
            expectedResults?: string;
            indicators?: components["schemas"]["ModelIndicator"][];
            /**
             * Format: int64
             * @description The model this one copies (nhân rộng)
             */
            replicationOfId?: number;
            /**
             * @description An admin recording a paper registration outside the window
             * @default false
             */
            afterTheFact: boolean;
        };
        MobilizationModelUpdate: {
            name: string;
            field: string;
            owner: components["schemas"]["ModelOwner"];
            /** Format: int64 */
            residentialAreaId?: number;
            place?: string;
            /** Format: date */
            startedOn: string;
            problem: string;
            approach: string;
            expectedResults?: string;
            indicators?: components["schemas"]["ModelIndicator"][];
            /** Format: int64 */
            version: number;
        };
        ModelVersion: {
            /** Format: int64 */
            version: number;
            /**
             * @description An admin recording a paper decision after the fact
             * @default false
             */
            afterTheFact: boolean;
        };
        ModelDiscontinuation: {
            reason?: string;
            /** Format: int64 */
            version: number;
        };
        ModelEnrollment: {
            /** Format: int64 */
            roundId: number;
            /** @enum {string} */
            mark: "NEW" | "MAINTAINED" | "WEAK";
            /** @default false */
            afterTheFact: boolean;
        };
        ModelResults: {
            text: string;
            figures?: components["schemas"]["ModelFigure"][];
            /** Format: int64 */
            version: number;
        };
        ModelAppraisal: {
            /** @enum {string} */
            result: "PASS" | "NOT_PASS";
            opinion: string;
            /** @description Required when NOT_PASS */
            reasons?: string;
            /**
             * Format: date
             * @description Today when left out
             */
            appraisedOn?: string;
            /** @enum {string} */
            mark?: "NEW" | "MAINTAINED" | "WEAK";
            /** Format: int64 */
            version: number;
            /** @default false */
            afterTheFact: boolean;
        };
        ModelReturn: {
            comment: string;
            /** Format: int64 */
            version: number;
            /** @default false */
            afterTheFact: boolean;
        };
        ModelRecognition: {
            /** @example 125-QĐ/BCĐ */
            decisionNumber: string;
            /** Format: date */
            decisionDate: string;
            signer: string;
            level: components["schemas"]["ModelLevel"];
            /** Format: int64 */
            version: number;
            /** @default false */
            afterTheFact: boolean;
        };
        /**
         * @description GIAY_KHEN giấy khen; BANG_KHEN bằng khen; OTHER hình thức khác
         * @enum {string}
         */
        CommendationForm: "GIAY_KHEN" | "BANG_KHEN" | "OTHER";
        ModelCommendationWrite: {
            form: components["schemas"]["CommendationForm"];
            /** @description Issuing authority */
            authority: string;
            decisionNumber: string;
            /** Format: date */
            decisionDate: string;
            recipientKind: components["schemas"]["ModelOwnerKind"];
            /** @description The owner's name when left out */
            recipientName?: string;
            /** Format: int64 */
            version: number;
        };
        Commendation: {
            /** Format: int64 */
            id: number;
            form: components["schemas"]["CommendationForm"];
            authority: string;
            decisionNumber: string;
            /** Format: date */
            decisionDate: string;
            recipientKind: components["schemas"]["ModelOwnerKind"];
            recipientName: string;
        };
        ModelAppraisalRecord: {
            /** @enum {string} */
            result: "PASS" | "NOT_PASS";
            opinion: string;
            reasons?: string;
            /** @description The appraiser's login */
            appraisedBy: string;
            appraisedByPerson?: components["schemas"]["Person"];
            /** Format: date */
            appraisedOn: string;
        };
        ModelRecognitionRecord: {
            decisionNumber: string;
            /** Format: date */
            decisionDate: string;
            signer: string;
            level: components["schemas"]["ModelLevel"];
        };
        ModelRound: {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            modelId: number;
            /** Format: int64 */
            roundId: number;
            roundName: string;
            /** Format: int32 */
            year: number;
            state: components["schemas"]["ModelRoundState"];
            mark: components["schemas"]["ModelRoundMark"];
            level: components["schemas"]["ModelLevel"];
            resultsText?: string;
            figures: components["schemas"]["ModelFigure"][];
            /** Format: date-time */
            reportedAt?: string;
            /** Format: date-time */
            submittedAt?: string;
            appraisal?: components["schemas"]["ModelAppraisalRecord"];
            returnComment?: string;
            recognition?: components["schemas"]["ModelRecognitionRecord"];
            exemplary: boolean;
            proposedUpward: boolean;
            commendations: components["schemas"]["Commendation"][];
            /** @description Evidence: files and photos */
            attachments: components["schemas"]["Attachment"][];
            /** Format: int64 */
            version: number;
        };
        ModelRef: {
            /** Format: int64 */
            id: number;
            name: string;
        };
        MobilizationModelSummary: {
            /** Format: int64 */
            id: number;
            name: string;
            field: components["schemas"]["EmulationField"];
            organization: components["schemas"]["OrganizationRef"];
            /** Format: int64 */
            unitId: number;
            place?: string;
            ownerKind: components["schemas"]["ModelOwnerKind"];
            ownerName: string;
            state: components["schemas"]["ModelState"];
            level: components["schemas"]["ModelLevel"];
            published: boolean;
            /** Format: int64 */
            replicationOfId?: number;
            /**
             * Format: int64
             * @description The id of the latest round record
             */
            latestRoundId?: number;
            latestRoundState?: components["schemas"]["ModelRoundState"];
            latestMark?: components["schemas"]["ModelRoundMark"];
            /** Format: int64 */
            version: number;
        };
        MobilizationModelPage: {
            items: components["schemas"]["MobilizationModelSummary"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
        };
        MobilizationModel: {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            movementId: number;
            name: string;
            field: components["schemas"]["EmulationField"];
            organization: components["schemas"]["OrganizationRef"];
            owner: components["schemas"]["ModelOwner"];
            /** Format: int64 */
            unitId: number;
            /** Format: int64 */
            residentialAreaId?: number;
            place?: string;
            /** Format: date */
            startedOn: string;
            problem: string;
            approach: string;
            expectedResults?: string;
            indicators: components["schemas"]["ModelIndicator"][];
            state: components["schemas"]["ModelState"];
            level: components["schemas"]["ModelLevel"];
            published: boolean;
            replicationOf?: components["schemas"]["ModelRef"];
            replications: components["schemas"]["ModelRef"][];
            /** @description Its record for each round, oldest first */
            rounds: components["schemas"]["ModelRound"][];
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: int64 */
            version: number;
        };
        ModelTransition: {
            /** @example APPRAISE */
            action: string;
            /** Format: int64 */
            modelRoundId?: number;
            roundName?: string;
            fromState?: string;
            toState?: string;
            actor: string;
            actorPerson?: components["schemas"]["Person"];
            /** Format: date-time */
            at: string;
            comment?: string;
            /** @description A paper decision recorded after the window or deadline by an admin */
            afterTheFact: boolean;
        };
        /**
         * @description REGISTERED đã đăng ký; SELF_ASSESSED đã tự đánh giá; REVIEWED xã đã rà soát; POSTED đang/đã
         *     niêm yết; VOTED hội đồng đã bỏ phiếu đạt; APPRAISED đã thẩm định; RECOGNIZED đã công nhận;
         *     REFUSED không công nhận; WITHDRAWN đã rút
         * @enum {string}
         */
        RecognitionCaseState: "REGISTERED" | "SELF_ASSESSED" | "REVIEWED" | "POSTED" | "VOTED" | "APPRAISED" | "RECOGNIZED" | "REFUSED" | "WITHDRAWN";
        /**
         * @description INITIAL lần đầu; REASSESSMENT đánh giá lại một quyết định đã có
         * @enum {string}
         */
        RecognitionCaseKind: "INITIAL" | "REASSESSMENT";
        /**
         * @description AGREE thống nhất với kết quả tự đánh giá; CHANGE sửa kết quả (kèm lý do)
         * @enum {string}
         */
        RecognitionReviewVerdict: "AGREE" | "CHANGE";
        /**
         * @description Computed when read: IN_FORCE còn hiệu lực; LAPSED hết hạn (valid until before today);
         *     REVOKED bị thu hồi; LOST mất danh hiệu do đánh giá lại không đạt
         * @enum {string}
         */
        RecognitionDecisionStatus: "IN_FORCE" | "LAPSED" | "REVOKED" | "LOST";
        /** @description A title whose subject is RESIDENTIAL_AREA takes `residentialAreaId`; one whose subject is COMMUNE (the NTM titles) takes `unitId`, the commune (400 naming the field otherwise) */
        RecognitionCaseRegistration: {
            /** Format: int64 */
            residentialAreaId?: number;
            /**
             * Format: int64
             * @description The commune, for a COMMUNE-subject title
             */
            unitId?: number;
            /** Format: int64 */
            titleId: number;
            /** Format: int32 */
            year: number;
            kind: components["schemas"]["RecognitionCaseKind"];
            /**
             * Format: int64
             * @description Required for a REASSESSMENT
             */
            reassessesDecisionId?: number;
        };
        RecognitionSelfAssessment: {
            /** @description PASS_FAIL: required; SCORED: optional (passes when the score is above 0) */
            passed?: boolean;
            /** @description SCORED: required, at most the max points */
            score?: number;
            /** @description NUMERIC: required; passes by the threshold */
            value?: number;
            note?: string;
            /**
             * Format: int64
             * @description The assessment's version; 0 for a criterion not yet assessed
             */
            version: number;
        };
        RecognitionReviewWrite: {
            review: components["schemas"]["RecognitionReviewVerdict"];
            /** @description Required with CHANGE */
            reason?: string;
            passed?: boolean;
            score?: number;
            value?: number;
            /** Format: int64 */
            version: number;
        };
        RecognitionVersion: {
            /** Format: int64 */
            version: number;
        };
        RecognitionPosting: {
            /** Format: date */
            postedFrom: string;
            /** Format: date */
            postedTo: string;
            /** @example Nhà văn hóa khu phố */
            place: string;
            /** Format: int64 */
            version: number;
        };
        RecognitionPostingCommentWrite: {
            /** Format: date */
            receivedOn: string;
            content: string;
            response?: string;
            /** Format: int64 */
            version: number;
        };
        RecognitionCouncil: {
            /** Format: date */
            metOn: string;
            /** Format: int32 */
            members: number;
            /** Format: int32 */
            present: number;
            /** Format: int32 */
            votesFor: number;
            /** Format: int32 */
            votesAgainst: number;
            memberNames?: string;
            /** Format: int64 */
            version: number;
        };
        RecognitionAppraisal: {
            passed: boolean;
            opinion: string;
            /**
             * Format: date
             * @description Today when left out
             */
            appraisedOn?: string;
            /** Format: int64 */
            version: number;
        };
        RecognitionDecisionWrite: {
            /** @example 215/QĐ-UBND */
            number: string;
            /** Format: date */
            signedOn: string;
            signer: string;
            /**
             * Format: date
             * @description The signing day plus the set's validityYears when left out
             */
            validUntil?: string;
            /** Format: int64 */
            version: number;
        };
        RecognitionRefusal: {
            reasons: string;
            /** Format: int64 */
            version: number;
        };
        RecognitionWithdrawal: {
            reason?: string;
            /** Format: int64 */
            version: number;
        };
        RecognitionRevocation: {
            number: string;
            /** Format: date */
            revokedOn: string;
            reason: string;
            /**
             * Format: int64
             * @description The decision's version
             */
            version: number;
        };
        RecognitionAssessment: {
            /**
             * Format: int64
             * @description None while the criterion is not assessed
             */
            id?: number;
            /** Format: int64 */
            criterionId: number;
            /** @description Whether the self-assessed result passes the criterion */
            selfPassed?: boolean;
            selfScore?: number;
            selfValue?: number;
            selfNote?: string;
            assessedBy?: string;
            /** Format: date-time */
            assessedAt?: string;
            review?: components["schemas"]["RecognitionReviewVerdict"];
            reviewedPassed?: boolean;
            reviewedScore?: number;
            reviewedValue?: number;
            reviewReason?: string;
            reviewedBy?: string;
            /** Format: date-time */
            reviewedAt?: string;
            /** @description Evidence: photos and files */
            attachments: components["schemas"]["Attachment"][];
            /** Format: int64 */
            version: number;
        };
        /** @description A criterion of the case's set (an indicator has a parentId) with its assessment */
        RecognitionCaseCriterion: {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            parentId?: number;
            groupCode?: string;
            code: string;
            name: string;
            /** @enum {string} */
            kind: "PASS_FAIL" | "SCORED" | "NUMERIC";
            maxPoints?: number;
            unitOfMeasure?: string;
            /** @enum {string} */
            comparison?: ">=" | "<=" | "=";
            threshold?: number;
            required: boolean;
            key: boolean;
            expectedEvidence?: string;
            /** Format: int32 */
            position: number;
            assessment: components["schemas"]["RecognitionAssessment"];
        };
        /** @description The criteria set version the case is judged by, and its rule */
        RecognitionCaseSet: {
            /** Format: int64 */
            id: number;
            /** Format: int32 */
            versionNo: number;
            name: string;
            /** @enum {string} */
            passRule: "ALL_REQUIRED" | "SCORE";
            passingScore?: number;
            /** Format: int32 */
            postingDays?: number;
            voteThresholdPercent?: number;
            /** Format: int32 */
            validityYears?: number;
        };
        RecognitionTitleRef: {
            /** Format: int64 */
            id: number;
            code: string;
            name: string;
            /** @enum {string} */
            decidingLevel: "COMMUNE" | "PROVINCE";
        };
        RecognitionAreaRef: {
            /** Format: int64 */
            id: number;
            code: string;
            name: string;
        };
        RecognitionPostingRecord: {
            /** Format: date */
            postedFrom: string;
            /** Format: date */
            postedTo: string;
            place: string;
            comments: components["schemas"]["RecognitionPostingComment"][];
        };
        RecognitionPostingComment: {
            /** Format: int64 */
            id: number;
            /** Format: date */
            receivedOn: string;
            content: string;
            response?: string;
            recordedBy: string;
            /** Format: date-time */
            recordedAt: string;
        };
        RecognitionCouncilRecord: {
            /** Format: date */
            metOn: string;
            /** Format: int32 */
            members: number;
            /** Format: int32 */
            present: number;
            /** Format: int32 */
            votesFor: number;
            /** Format: int32 */
            votesAgainst: number;
            memberNames?: string;
            passed: boolean;
        };
        RecognitionAppraisalRecord: {
            passed: boolean;
            opinion?: string;
            /** Format: date */
            appraisedOn: string;
            appraisedBy: string;
        };
        RecognitionDecision: {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            caseId: number;
            /** Format: int64 */
            titleId: number;
            titleName: string;
            /** Format: int64 */
            residentialAreaId?: number;
            /** Format: int64 */
            unitId: number;
            number: string;
            /** Format: date */
            signedOn: string;
            signer: string;
            /** @enum {string} */
            level: "COMMUNE" | "PROVINCE";
            /** Format: date */
            validFrom: string;
            /** Format: date */
            validUntil?: string;
            status: components["schemas"]["RecognitionDecisionStatus"];
            revocationNumber?: string;
            /** Format: date */
            revokedOn?: string;
            revocationReason?: string;
            revokedBy?: string;
            /** Format: int64 */
            lostByCaseId?: number;
            /** Format: date */
            lostOn?: string;
            /** Format: int64 */
            version: number;
        };
        RecognitionCase: {
            /** Format: int64 */
            id: number;
            title: components["schemas"]["RecognitionTitleRef"];
            criteriaSet: components["schemas"]["RecognitionCaseSet"];
            /** @enum {string} */
            subjectKind: "RESIDENTIAL_AREA" | "COMMUNE";
            residentialArea?: components["schemas"]["RecognitionAreaRef"];
            /**
             * Format: int64
             * @description The commune (the subject itself for a COMMUNE-subject title)
             */
            unitId: number;
            unitName?: string;
            /** Format: int32 */
            year: number;
            kind: components["schemas"]["RecognitionCaseKind"];
            /** Format: int64 */
            reassessesDecisionId?: number;
            state: components["schemas"]["RecognitionCaseState"];
            /** @description The sum of the self-assessed scores */
            selfScore?: number;
            /** @description The sum of the reviewed scores (the self-assessed one where the commune agreed) */
            reviewedScore?: number;
            /** @description Whether the results (reviewed where reviewed, else self-assessed) meet the set's rule */
            meetsCriteria: boolean;
            /** Format: int32 */
            assessedCount: number;
            /** Format: int32 */
            criteriaCount: number;
            criteria: components["schemas"]["RecognitionCaseCriterion"][];
            posting?: components["schemas"]["RecognitionPostingRecord"];
            council?: components["schemas"]["RecognitionCouncilRecord"];
            appraisal?: components["schemas"]["RecognitionAppraisalRecord"];
            refusalReasons?: string;
            decision?: components["schemas"]["RecognitionDecision"];
            registeredBy: string;
            /** Format: date-time */
            registeredAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: int64 */
            version: number;
        };
        RecognitionCaseSummary: {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            titleId: number;
            titleName: string;
            /** @enum {string} */
            subjectKind: "RESIDENTIAL_AREA" | "COMMUNE";
            residentialArea?: components["schemas"]["RecognitionAreaRef"];
            /** Format: int64 */
            unitId: number;
            unitName?: string;
            /** Format: int32 */
            year: number;
            kind: components["schemas"]["RecognitionCaseKind"];
            state: components["schemas"]["RecognitionCaseState"];
            selfScore?: number;
            reviewedScore?: number;
            /** Format: int64 */
            decisionId?: number;
            /** Format: int64 */
            version: number;
        };
        RecognitionCasePage: {
            items: components["schemas"]["RecognitionCaseSummary"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
        };
        RecognitionCaseEvent: {
            /** @example SUBMIT */
            action: string;
            fromState?: string;
            toState?: string;
            actor: string;
            actorPerson?: components["schemas"]["Person"];
            /** Format: date-time */
            at: string;
            comment?: string;
        };
        PublicModelResult: {
            roundName: string;
            /** Format: int32 */
            year: number;
            text?: string;
            figures: components["schemas"]["ModelFigure"][];
            recognition?: components["schemas"]["ModelRecognitionRecord"];
        };
        PublicPhoto: {
            /** Format: int64 */
            id: number;
            mediaType: string;
        };
        /** @description A recognized, public model as the portal and the press see it; nothing more */
        PublicModel: {
            /** Format: int64 */
            id: number;
            name: string;
            field: string;
            unitName?: string;
            place?: string;
            ownerKind: components["schemas"]["ModelOwnerKind"];
            ownerName: string;
            ownerPosition?: string;
            /** Format: date */
            startedOn?: string;
            problem?: string;
            approach?: string;
            results: components["schemas"]["PublicModelResult"][];
            photos: components["schemas"]["PublicPhoto"][];
        };
        PublicModelPage: {
            items: components["schemas"]["PublicModel"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
        };
        /** @description The stages round records reached (each a subset of the one before, but replicated, which counts copies) */
        ModelFunnelCounts: {
            /** Format: int64 */
            registered: number;
            /** Format: int64 */
            appraised: number;
            /** Format: int64 */
            recognized: number;
            /** Format: int64 */
            exemplary: number;
            /** Format: int64 */
            commended: number;
            /** Format: int64 */
            replicated: number;
        };
        ModelFunnelUnit: {
            /** Format: int64 */
            id: number;
            code?: string;
            name: string;
        };
        ModelFunnelRow: {
            unit: components["schemas"]["ModelFunnelUnit"];
            counts: components["schemas"]["ModelFunnelCounts"];
            /** @description One entry per field of the movement, in its order */
            byField: {
                code: string;
                name: string;
                counts: components["schemas"]["ModelFunnelCounts"];
            }[];
            /** @description COLLECTIVE, then INDIVIDUAL */
            byOwnerKind: {
                ownerKind: components["schemas"]["ModelOwnerKind"];
                counts: components["schemas"]["ModelFunnelCounts"];
            }[];
        };
        ModelFunnel: {
            round: {
                /** Format: int64 */
                id: number;
                name: string;
                /** Format: int32 */
                year: number;
                kind: components["schemas"]["EmulationRoundKind"];
            };
            unit: components["schemas"]["ModelFunnelUnit"];
            /** @description The field filter, when given */
            field?: string;
            ownerKind?: components["schemas"]["ModelOwnerKind"];
            total: components["schemas"]["ModelFunnelRow"];
            own: components["schemas"]["ModelFunnelRow"];
            rows: components["schemas"]["ModelFunnelRow"][];
        };
        /** @description Cases of the year (registered, refused) and decisions signed in the year (recognized = inForce + lapsed + revoked + lost today) */
        RecognitionCountFigures: {
            /** Format: int64 */
            registered: number;
            /** Format: int64 */
            refused: number;
            /** Format: int64 */
            recognized: number;
            /** Format: int64 */
            inForce: number;
            /** Format: int64 */
            lapsed: number;
            /** Format: int64 */
            revoked: number;
            /** Format: int64 */
            lost: number;
        };
        RecognitionCountUnit: {
            /** Format: int64 */
            id: number;
            code?: string;
            name: string;
        };
        RecognitionCountTitle: {
            /** Format: int64 */
            id: number;
            code: string;
            name: string;
        };
        RecognitionCountRow: {
            unit: components["schemas"]["RecognitionCountUnit"];
            counts: components["schemas"]["RecognitionCountFigures"];
            /** @description One entry per title counted (those of `titles`), in their order */
            byTitle: {
                /** Format: int64 */
                titleId: number;
                counts: components["schemas"]["RecognitionCountFigures"];
            }[];
            /** @description The year's cases by state, every state listed (withdrawn included) */
            byState: {
                /** @enum {string} */
                state: "REGISTERED" | "SELF_ASSESSED" | "REVIEWED" | "POSTED" | "VOTED" | "APPRAISED" | "RECOGNIZED" | "REFUSED" | "WITHDRAWN";
                /** Format: int64 */
                cases: number;
            }[];
        };
        RecognitionCounts: {
            unit: components["schemas"]["RecognitionCountUnit"];
            /** Format: int32 */
            year: number;
            /**
             * Format: int64
             * @description The title filter, when given
             */
            titleId?: number;
            /**
             * Format: date
             * @description The day in force / lapsed were judged on (today)
             */
            asOf: string;
            /** @description The titles counted (with cases or decisions in the subtree, or the one asked for), by name */
            titles: components["schemas"]["RecognitionCountTitle"][];
            total: components["schemas"]["RecognitionCountRow"];
            rows: components["schemas"]["RecognitionCountRow"][];
        };
        RecognitionCriterionFailure: {
            /** Format: int64 */
            criterionId: number;
            code: string;
            name: string;
            groupName?: string;
            keyCriterion?: boolean;
            /** Format: int64 */
            setId: number;
            /** Format: int32 */
            setVersion: number;
            /** Format: int64 */
            titleId: number;
            titleName: string;
            /** Format: int64 */
            assessed: number;
            /** Format: int64 */
            failed: number;
            /**
             * Format: double
             * @description failed / assessed, 0 to 1 (4 decimals)
             */
            failureShare: number;
        };
        RecognitionCriterionFailures: {
            unit: components["schemas"]["RecognitionCountUnit"];
            /** Format: int32 */
            year: number;
            /** Format: int64 */
            titleId?: number;
            criteria: components["schemas"]["RecognitionCriterionFailure"][];
        };
        /** @description A residential area whose recognition decision is in force, as the portal shows it; nothing more */
        PublicRecognizedArea: {
            /** Format: int64 */
            decisionId: number;
            areaName: string;
            communeName: string;
            provinceName?: string;
            provinceCode?: string;
            titleName: string;
            decisionNumber: string;
            /** Format: date */
            signedOn: string;
            /** @enum {string} */
            level: "COMMUNE" | "PROVINCE";
            /** Format: date */
            validUntil?: string;
        };
        PublicRecognizedAreaPage: {
            items: components["schemas"]["PublicRecognizedArea"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
        };
        /**
         * @description The level of an NTM set: STANDARD đạt chuẩn NTM; ADVANCED NTM nâng cao; MODEL NTM kiểu mẫu; MODERN NTM hiện đại (2026–2030 pilot)
         * @enum {string}
         */
        RuralLevel: "STANDARD" | "ADVANCED" | "MODEL" | "MODERN";
        /**
         * @description NONE chưa đạt chuẩn (no NTM title in force); otherwise the highest level in force
         * @enum {string}
         */
        RuralLevelFilter: "NONE" | "STANDARD" | "ADVANCED" | "MODEL" | "MODERN";
        RuralCommuneRef: {
            /** Format: int64 */
            id: number;
            code?: string;
            name: string;
            /** @example COMMUNE */
            kind: string;
            /** @description Ended by a reorganization (valid_to set) */
            former: boolean;
            /** Format: date */
            validTo?: string;
            /** Format: int64 */
            successorId?: number;
        };
        RuralCommuneRow: {
            commune: components["schemas"]["RuralCommuneRef"];
            /** Format: int32 */
            group?: number;
            level?: components["schemas"]["RuralLevel"];
            /** Format: int64 */
            levelDecisionId?: number;
            levelDecisionNumber?: string;
            /** Format: date */
            levelSignedOn?: string;
            /**
             * Format: int32
             * @description How many former communes (ended by a reorganization) this commune's records follow — history, not this commune's level
             */
            formerCommunes?: number;
            /**
             * Format: int32
             * @description How many of them held an NTM title on the day they ended. A commune formed by a merger holds a level only by its own decision (công nhận or thừa nhận), recorded under it
             */
            formerCommunesRecognized?: number;
            /** Format: int32 */
            year: number;
            /**
             * Format: int64
             * @description The XA-NTM set in force in the year, whose criteria are counted
             */
            setId?: number;
            /** Format: int32 */
            criteriaMet: number;
            /** Format: int32 */
            criteriaCount: number;
        };
        RuralCommunePage: {
            items: components["schemas"]["RuralCommuneRow"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
        };
        RuralCommuneGroup: {
            /** Format: int64 */
            unitId: number;
            /** Format: int32 */
            periodFrom: number;
            /** Format: int32 */
            periodTo: number;
            /** Format: int32 */
            group: number;
            note?: string;
            setBy: string;
            /** Format: date-time */
            setAt: string;
            /** Format: int64 */
            version: number;
        };
        RuralCommuneGroupWrite: {
            /** Format: int32 */
            periodTo: number;
            /** Format: int32 */
            group: number;
            note?: string;
            /** Format: int64 */
            version: number;
        };
        RuralAssessmentWrite: {
            met: boolean;
            value?: number;
            note?: string;
            /** Format: int64 */
            version: number;
        };
        RuralAssessment: {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            unitId: number;
            /** Format: int64 */
            criterionId: number;
            /** Format: int32 */
            year: number;
            met: boolean;
            value?: number;
            note?: string;
            assessedBy: string;
            /** Format: date-time */
            assessedAt: string;
            attachments: components["schemas"]["Attachment"][];
            /** Format: int64 */
            version: number;
        };
        RuralCriterionYear: {
            /** Format: int32 */
            year: number;
            assessed: boolean;
            met?: boolean;
            value?: number;
            note?: string;
            assessedBy?: string;
            /** Format: date-time */
            assessedAt?: string;
            attachments?: components["schemas"]["Attachment"][];
            /**
             * Format: int64
             * @description 0 when not assessed
             */
            version: number;
        };
        RuralCriterionRow: {
            /** Format: int64 */
            id: number;
            /**
             * Format: int64
             * @description Set for an indicator (chỉ tiêu) of a criterion
             */
            parentId?: number;
            groupCode?: string;
            code: string;
            name: string;
            /** @enum {string} */
            kind: "PASS_FAIL" | "SCORED" | "NUMERIC";
            unitOfMeasure?: string;
            comparison?: string;
            /** @description The variant's for the commune's group when it has one */
            threshold?: number;
            variantNote?: string;
            keyCriterion: boolean;
            years: components["schemas"]["RuralCriterionYear"][];
        };
        RuralSetRef: {
            /** Format: int64 */
            id: number;
            titleCode: string;
            name: string;
            level?: components["schemas"]["RuralLevel"];
            /** Format: int32 */
            versionNo: number;
            /** Format: date */
            effectiveFrom: string;
            /** Format: date */
            effectiveTo?: string;
            /** @enum {string} */
            status: "DRAFT" | "PUBLISHED" | "RETIRED";
            /** Format: int64 */
            directiveId?: number;
            directiveNumber?: string;
        };
        RuralCriteriaPage: {
            commune: components["schemas"]["RuralCommuneRef"];
            /** Format: int32 */
            group?: number;
            set: components["schemas"]["RuralSetRef"];
            /** Format: int32 */
            fromYear: number;
            /** Format: int32 */
            toYear: number;
            criteria: components["schemas"]["RuralCriterionRow"][];
            /** @description The caller may save assessments and evidence (a commune in force) */
            canAssess: boolean;
            /** @description The caller may set the commune's group (the province's editor or admin) */
            canSetGroup: boolean;
            /** @description The caller may record a past paper decision (công nhận, thừa nhận) for it (an admin whose scope holds its province) */
            canRecord: boolean;
        };
        RuralStandingTitle: {
            /** Format: int64 */
            decisionId: number;
            titleCode: string;
            level?: components["schemas"]["RuralLevel"];
            number: string;
            /** Format: date */
            signedOn: string;
            set: components["schemas"]["RuralSetRef"];
            /** Format: int32 */
            criteriaCount: number;
            /** Format: int32 */
            assessedCount: number;
            /** Format: int32 */
            failedCount: number;
            failedCodes?: string[];
            failedKeyCodes: string[];
            revokeKeyFailPercent?: number;
            revokeFailPercent?: number;
            revocationRequired: boolean;
            /** @example Phải thu hồi: 8/19 tiêu chí không đạt, gồm tiêu chí then chốt 17 */
            verdict: string;
        };
        RuralStanding: {
            commune: components["schemas"]["RuralCommuneRef"];
            /** Format: int32 */
            year: number;
            level?: components["schemas"]["RuralLevel"];
            titles: components["schemas"]["RuralStandingTitle"][];
        };
        RuralRecognition: {
            /** Format: int64 */
            decisionId: number;
            /** Format: int64 */
            caseId: number;
            /** Format: int64 */
            titleId: number;
            titleCode: string;
            titleName: string;
            level?: components["schemas"]["RuralLevel"];
            /** Format: int64 */
            setId?: number;
            commune: components["schemas"]["RuralCommuneRef"];
            number: string;
            /** Format: date */
            signedOn: string;
            signer: string;
            /** Format: date */
            validFrom: string;
            /** Format: date */
            validUntil?: string;
            /** Format: date */
            endedOn?: string;
            status: components["schemas"]["RecognitionDecisionStatus"];
            /** @description Entered afterwards from a paper decision */
            recorded: boolean;
            /** Format: int64 */
            version: number;
        };
        RuralRecordedDecisionWrite: {
            /** Format: int64 */
            titleId: number;
            /**
             * Format: int64
             * @description A version of the title; the set in force on the signing day by default
             */
            setId?: number;
            number: string;
            /** Format: date */
            signedOn: string;
            signer: string;
            /**
             * Format: date
             * @description The signing day by default
             */
            validFrom?: string;
            /** Format: date */
            validUntil?: string;
            note?: string;
        };
        /**
         * @description UNITS_WITH_TITLE units of `unitGroup` holding an NTM title of `titleLevel` or above (a share or a
         *     count); RECOGNIZED_AREAS residential areas whose decision of the title `titleId` is in force (a
         *     count); RECOGNIZED_MODELS "Dân vận khéo" models with a recognition decision (a count)
         * @enum {string}
         */
        TargetMeasure: "UNITS_WITH_TITLE" | "RECOGNIZED_AREAS" | "RECOGNIZED_MODELS";
        /**
         * @description COMMUNES xã only (kind COMMUNE); COMMUNE_LEVEL xã, phường and đặc khu (COMMUNE, WARD, SPECIAL_ZONE); DISTRICTS huyện, quận, thị xã (level DISTRICT, abolished 1 July 2025)
         * @enum {string}
         */
        TargetUnitGroup: "COMMUNES" | "COMMUNE_LEVEL" | "DISTRICTS";
        /**
         * @description The NTM level held, or above: STANDARD (đạt chuẩn, any level: XA-NTM and up), ADVANCED (nâng cao), MODEL (kiểu mẫu), MODERN (hiện đại, 2026–2030)
         * @enum {string}
         */
        TargetTitleLevel: "STANDARD" | "ADVANCED" | "MODEL" | "MODERN";
        /**
         * @description SHARE a percentage of the units counted; COUNT a number
         * @enum {string}
         */
        TargetExpression: "SHARE" | "COUNT";
        /**
         * @description ACHIEVED the figure reaches `valueMin`; IN_PROGRESS not yet, the deadline still ahead; MISSED not
         *     reached by the deadline (or by the end of the abolished scope unit); NOT_MEASURABLE see `reason`
         * @enum {string}
         */
        TargetStatus: "ACHIEVED" | "IN_PROGRESS" | "MISSED" | "NOT_MEASURABLE";
        /**
         * @description DISTRICTS_ABOLISHED districts are counted but none is in force on the deadline within the scope
         *     (the 2025 reform abolished them); NO_DISTRICT_TITLE districts are counted but no NTM title exists
         *     for districts in the data
         * @enum {string}
         */
        TargetNotMeasurableReason: "DISTRICTS_ABOLISHED" | "NO_DISTRICT_TITLE";
        TargetWrite: {
            measure: components["schemas"]["TargetMeasure"];
            unitGroup?: components["schemas"]["TargetUnitGroup"];
            titleLevel?: components["schemas"]["TargetTitleLevel"];
            /**
             * Format: int64
             * @description RECOGNIZED_AREAS: a title whose subject is a residential area
             */
            titleId?: number;
            expression: components["schemas"]["TargetExpression"];
            /**
             * Format: int64
             * @description A unit, possibly abolished, within the reach of the directive's issuer
             */
            scopeUnitId: number;
            /** Format: date */
            deadline: string;
            /**
             * Format: double
             * @description SHARE: 0–100; COUNT: a whole number
             */
            valueMin: number;
            /**
             * Format: double
             * @description The upper end of a range as written ("7–9"); at least valueMin
             */
            valueMax?: number;
            /** @description The target as the document words it */
            wording?: string;
            /**
             * Format: int32
             * @description Order among the directive's targets; last by default
             */
            position?: number;
        };
        /** @description The fields of TargetWrite and the version read */
        TargetUpdate: {
            measure: components["schemas"]["TargetMeasure"];
            unitGroup?: components["schemas"]["TargetUnitGroup"];
            titleLevel?: components["schemas"]["TargetTitleLevel"];
            /** Format: int64 */
            titleId?: number;
            expression: components["schemas"]["TargetExpression"];
            /** Format: int64 */
            scopeUnitId: number;
            /** Format: date */
            deadline: string;
            /** Format: double */
            valueMin: number;
            /** Format: double */
            valueMax?: number;
            wording?: string;
            /** Format: int32 */
            position?: number;
            /** Format: int64 */
            version: number;
        };
        TargetDirective: {
            /** Format: int64 */
            id: number;
            /**
             * @description As written
             * @example 632-CV/TU
             */
            number?: string;
            /** Format: date */
            issueDate?: string;
            /** @description Left out for a confidential directive */
            subject?: string;
            issuer?: components["schemas"]["OrganizationRef"];
        };
        TargetUnit: {
            /** Format: int64 */
            id: number;
            code?: string;
            name: string;
            level: components["schemas"]["UnitLevel"];
            kind: components["schemas"]["UnitKind"];
            /**
             * Format: date
             * @description The last day in force of a unit since abolished
             */
            validTo?: string;
            /** @description The unit in force that took over an abolished one */
            successorName?: string;
        };
        TargetTitle: {
            /** Format: int64 */
            id: number;
            code: string;
            name: string;
        };
        TargetProgress: {
            status: components["schemas"]["TargetStatus"];
            reason?: components["schemas"]["TargetNotMeasurableReason"];
            /** @description The reason in words (Vietnamese, English in brackets) */
            reasonText?: string;
            /**
             * Format: date
             * @description The day counted: the earliest of the deadline, today and the last day of an abolished scope unit
             */
            asOf: string;
            /** @description true when the figure no longer changes (the deadline passed, or the scope unit was abolished) */
            settled?: boolean;
            /**
             * Format: int64
             * @description The units (areas, models) reaching the measure
             */
            counted?: number;
            /**
             * Format: int64
             * @description UNITS_WITH_TITLE: the units of the group in force under the scope unit on asOf
             */
            of?: number;
            /**
             * Format: double
             * @description counted / of in percent, one decimal (UNITS_WITH_TITLE)
             */
            share?: number;
            /**
             * Format: int64
             * @description UNITS_WITH_TITLE: of − counted
             */
            missing?: number;
        };
        Target: {
            /** Format: int64 */
            id: number;
            directive: components["schemas"]["TargetDirective"];
            measure: components["schemas"]["TargetMeasure"];
            unitGroup?: components["schemas"]["TargetUnitGroup"];
            titleLevel?: components["schemas"]["TargetTitleLevel"];
            title?: components["schemas"]["TargetTitle"];
            expression: components["schemas"]["TargetExpression"];
            scopeUnit: components["schemas"]["TargetUnit"];
            /** Format: date */
            deadline: string;
            /** Format: double */
            valueMin: number;
            /** Format: double */
            valueMax?: number;
            wording?: string;
            /** Format: int32 */
            position: number;
            /** @description Made by the demo data */
            demo: boolean;
            /** Format: int64 */
            version: number;
            progress: components["schemas"]["TargetProgress"];
        };
        TargetPage: {
            items: components["schemas"]["Target"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
        };
        TargetTrendPoint: {
            /** Format: int32 */
            year: number;
            /**
             * Format: date
             * @description 31 December of the year, or the progress' asOf for the last point
             */
            asOf: string;
            /** Format: int64 */
            counted: number;
            /** Format: int64 */
            of?: number;
            /** Format: double */
            share?: number;
        };
        TargetProgressDetail: {
            target: components["schemas"]["Target"];
            trend: components["schemas"]["TargetTrendPoint"][];
        };
        TargetMissingUnit: {
            /** Format: int64 */
            id: number;
            code?: string;
            name: string;
            kind: components["schemas"]["UnitKind"];
            /** @description The unit above it on that day (a district before the reform) */
            parentName?: string;
            heldLevel?: components["schemas"]["TargetTitleLevel"];
        };
        TargetMissingUnitPage: {
            items: components["schemas"]["TargetMissingUnit"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
            /** Format: date */
            asOf: string;
        };
        /**
         * @description DRAFT (being designed) → OPEN (taking answers) → CLOSED → PUBLISHED (results public)
         * @enum {string}
         */
        SatisfactionSurveyState: "DRAFT" | "OPEN" | "CLOSED" | "PUBLISHED";
        SatisfactionScaleOption: {
            /** Format: int32 */
            value: number;
            label: string;
        };
        /** @description A question about a criterion: `criterionId` of the title's set, or its own `criterionCode` and `criterionName` */
        SatisfactionQuestionWrite: {
            /** Format: int64 */
            criterionId?: number | null;
            criterionCode?: string | null;
            criterionName?: string | null;
            text: string;
        };
        SatisfactionPlanAreaWrite: {
            /** Format: int64 */
            residentialAreaId: number;
            /**
             * Format: int32
             * @description Households to ask in the area
             */
            households: number;
        };
        SatisfactionSurveyCreate: {
            /** Format: int64 */
            titleId: number;
            /**
             * Format: int64
             * @description The commune
             */
            unitId: number;
            name: string;
            /**
             * Format: int32
             * @description This year by default
             */
            year?: number | null;
            scale?: components["schemas"]["SatisfactionScaleOption"][] | null;
            satisfiedValues?: number[] | null;
            minimumResponsePercent?: number | null;
            thresholdPercent?: number | null;
            questions?: components["schemas"]["SatisfactionQuestionWrite"][] | null;
            plan?: components["schemas"]["SatisfactionPlanAreaWrite"][] | null;
        };
        SatisfactionSurveyUpdate: {
            name: string;
            /** Format: int32 */
            year: number;
            scale: components["schemas"]["SatisfactionScaleOption"][];
            satisfiedValues: number[];
            minimumResponsePercent: number;
            thresholdPercent: number;
            questions: components["schemas"]["SatisfactionQuestionWrite"][];
            plan: components["schemas"]["SatisfactionPlanAreaWrite"][];
            /** Format: int64 */
            version: number;
        };
        SatisfactionVersion: {
            /** Format: int64 */
            version: number;
        };
        SatisfactionRef: {
            /** Format: int64 */
            id: number;
            code?: string;
            name: string;
        };
        SatisfactionQuestion: {
            /** Format: int64 */
            id: number;
            /** Format: int32 */
            position: number;
            /** Format: int64 */
            criterionId?: number | null;
            criterionCode: string;
            criterionName: string;
            text: string;
        };
        SatisfactionPlanArea: {
            /** Format: int64 */
            residentialAreaId: number;
            residentialAreaName: string;
            /** Format: int32 */
            households: number;
        };
        SatisfactionSurvey: {
            /** Format: int64 */
            id: number;
            title: components["schemas"]["SatisfactionRef"];
            unit: components["schemas"]["SatisfactionRef"];
            /** Format: int64 */
            criteriaSetId?: number | null;
            name: string;
            /** Format: int32 */
            year: number;
            state: components["schemas"]["SatisfactionSurveyState"];
            scale: components["schemas"]["SatisfactionScaleOption"][];
            satisfiedValues: number[];
            minimumResponsePercent: number;
            thresholdPercent: number;
            questions: components["schemas"]["SatisfactionQuestion"][];
            plan: components["schemas"]["SatisfactionPlanArea"][];
            /**
             * Format: int64
             * @description Responses counted so far
             */
            responses: number;
            /** Format: int64 */
            plannedHouseholds: number;
            /** Format: date */
            openedOn?: string | null;
            /** Format: date */
            closedOn?: string | null;
            /** Format: date */
            publishedOn?: string | null;
            demo: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: int64 */
            version: number;
            permissions: components["schemas"]["SatisfactionSurveyPermissions"];
        };
        /**
         * @description What the caller may do to this survey now, from their roles, their scope against the survey's
         *     commune and the survey's state (SurveyAccess): a true flag's operation succeeds (barring a stale
         *     version or a concurrent change), a false one's answers 403 or 409. The web app shows a button only
         *     when its flag is true.
         */
        SatisfactionSurveyPermissions: {
            /** @description updateSatisfactionSurvey: an editor or admin whose scope holds the commune, DRAFT */
            edit: boolean;
            /** @description openSatisfactionSurvey: as edit, and the survey has questions and a plan */
            open: boolean;
            /** @description closeSatisfactionSurvey: an editor or admin whose scope holds the commune, OPEN */
            close: boolean;
            /** @description publishSatisfactionSurvey: an editor or admin whose scope holds the commune, CLOSED with no blocker (the sample plan's minimum share reached) */
            publish: boolean;
            /** @description enterSatisfactionResponse: a reporter, editor or admin whose scope holds the commune, OPEN (a cadre of one residential area: for that area, when it is in the plan) */
            enterForms: boolean;
            /** @description generateSatisfactionCodes: an editor or admin whose scope holds the commune, DRAFT or OPEN, with a plan */
            issueCodes: boolean;
        };
        SatisfactionSurveySummary: {
            /** Format: int64 */
            id: number;
            title: components["schemas"]["SatisfactionRef"];
            unit: components["schemas"]["SatisfactionRef"];
            name: string;
            /** Format: int32 */
            year: number;
            state: components["schemas"]["SatisfactionSurveyState"];
            /** Format: int64 */
            responses: number;
            /** Format: int64 */
            plannedHouseholds: number;
            /** Format: date */
            publishedOn?: string | null;
            /** Format: int64 */
            version: number;
        };
        SatisfactionSurveyPage: {
            items: components["schemas"]["SatisfactionSurveySummary"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
        };
        SatisfactionAnswerWrite: {
            /** Format: int64 */
            questionId: number;
            /** Format: int32 */
            value: number;
        };
        /** @description One paper form; nothing identifies the household */
        SatisfactionResponseWrite: {
            /** Format: int64 */
            residentialAreaId: number;
            answers: components["schemas"]["SatisfactionAnswerWrite"][];
        };
        SatisfactionPublicResponseWrite: {
            /** @description The one-time code (spaces, dashes and case ignored) */
            code: string;
            answers: components["schemas"]["SatisfactionAnswerWrite"][];
        };
        SatisfactionResponseReceipt: {
            /** Format: int64 */
            surveyId: number;
            /** Format: int64 */
            residentialAreaId: number;
            /** Format: date */
            receivedOn: string;
            /**
             * Format: int32
             * @description Answers counted from this form
             */
            answers: number;
        };
        SatisfactionCodeBatchWrite: {
            /** Format: int64 */
            residentialAreaId: number;
            /** Format: int32 */
            count: number;
        };
        SatisfactionCodeBatch: {
            /** Format: int64 */
            surveyId: number;
            /** Format: int64 */
            residentialAreaId: number;
            residentialAreaName: string;
            /** @description The public page's absolute address, e.g. https://danvan.angiang.gov.vn/khao-sat/12 (danvan.app-url + path) */
            link: string;
            /** @description The public page's path, e.g. /khao-sat/12 */
            path: string;
            /** @description The codes in plain text — shown this once */
            codes: string[];
        };
        SatisfactionAreaRate: {
            /** Format: int64 */
            residentialAreaId: number;
            name: string;
            /** Format: int32 */
            households: number;
            /** Format: int64 */
            responses: number;
            responsePercent: number;
            /** @description responsePercent ≥ minimumResponsePercent */
            reached: boolean;
        };
        SatisfactionValueCount: {
            /** Format: int32 */
            value: number;
            label: string;
            /** Format: int64 */
            count: number;
            satisfied: boolean;
        };
        SatisfactionShare: {
            /** Format: int64 */
            answers: number;
            /** Format: int64 */
            satisfied: number;
            satisfiedPercent: number;
            /** @description satisfiedPercent > thresholdPercent */
            passed: boolean;
        };
        SatisfactionQuestionResult: {
            /** Format: int64 */
            questionId: number;
            text: string;
            share: components["schemas"]["SatisfactionShare"];
            byValue: components["schemas"]["SatisfactionValueCount"][];
        };
        SatisfactionCriterionResult: {
            /** Format: int64 */
            criterionId?: number | null;
            criterionCode: string;
            criterionName: string;
            share: components["schemas"]["SatisfactionShare"];
            questions: components["schemas"]["SatisfactionQuestionResult"][];
        };
        SatisfactionResults: {
            /** Format: int64 */
            surveyId: number;
            name: string;
            title: components["schemas"]["SatisfactionRef"];
            unit: components["schemas"]["SatisfactionRef"];
            /** Format: int32 */
            year: number;
            state: components["schemas"]["SatisfactionSurveyState"];
            /** Format: date */
            publishedOn?: string | null;
            thresholdPercent: number;
            minimumResponsePercent: number;
            /** Format: int64 */
            plannedHouseholds: number;
            /** Format: int64 */
            responses: number;
            responsePercent: number;
            /** @description The minimum share reached overall and in every area of the plan */
            sampleReached: boolean;
            areas: components["schemas"]["SatisfactionAreaRate"][];
            overall: components["schemas"]["SatisfactionShare"];
            criteria: components["schemas"]["SatisfactionCriterionResult"][];
            publishable: boolean;
            /** @description Why it cannot be published now (empty when publishable or published) */
            blockers: components["schemas"]["SatisfactionBlocker"][];
        };
        /**
         * @description One reason a survey cannot be published now: `survey-not-closed` (DRAFT or OPEN: close it first;
         *     `state`), `sample-not-reached` (below the plan's minimum share: overall when `residentialAreaId` is
         *     null, else in that area; `responses` of `households`, `responsePercent`). `message` is the reason in
         *     Vietnamese with English in brackets; a client may word it by `code` with the figures given.
         */
        SatisfactionBlocker: {
            /** @enum {string} */
            code: "survey-not-closed" | "sample-not-reached";
            message: string;
            /**
             * @description The state, for survey-not-closed
             * @enum {string|null}
             */
            state?: "DRAFT" | "OPEN" | null;
            /** Format: int64 */
            residentialAreaId?: number | null;
            residentialAreaName?: string | null;
            /** Format: int64 */
            responses?: number | null;
            /** Format: int64 */
            households?: number | null;
            responsePercent?: number | null;
            minimumResponsePercent?: number | null;
        };
        SatisfactionQuestionnaire: {
            /** Format: int64 */
            surveyId: number;
            name: string;
            titleName: string;
            unitName: string;
            scale: components["schemas"]["SatisfactionScaleOption"][];
            questions: components["schemas"]["SatisfactionQuestion"][];
        };
        SatisfactionPublicSurvey: {
            /** Format: int64 */
            id: number;
            name: string;
            titleName: string;
            unitName: string;
            provinceName?: string | null;
            /** Format: int32 */
            year: number;
            /** Format: date */
            publishedOn?: string | null;
            /** Format: int64 */
            responses: number;
            satisfiedPercent: number;
            passed: boolean;
        };
        SatisfactionPublicSurveyPage: {
            items: components["schemas"]["SatisfactionPublicSurvey"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
        };
    };
    responses: {
        /** @description The request is not valid; `errors` names each field */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No valid access token */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The caller's role or unit does not allow this */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No such record */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description The record changed since it was read (stale `version`), or a duplicate; or the
         *     `Idempotency-Key` was used for another request (`idempotency-key-reused`), or its first
         *     request is still running (`idempotency-in-progress`, with `Retry-After`)
         */
        Conflict: {
            headers: {
                /** @description With `idempotency-in-progress`, seconds to wait before sending the request again */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The declared body is over the limit (a file over 20 MB); refused before it is read */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description Busy (every slot for reading documents is taken), or a server the API depends on is away;
         *     try again after `Retry-After` seconds
         */
        Unavailable: {
            headers: {
                /** @description Seconds to wait before trying again */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /** @description A commune (xã, phường, đặc khu; a former one too) */
        RuralUnitId: number;
        Id: number;
        /** @description Page number, from 0; page × size at most 100,000 (a page beyond is a 400 naming `page`) */
        Page: number;
        /** @description Page size, 1 to 100 */
        Size: number;
        /**
         * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
         *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
         *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
         *     answer is kept with the key, and the same request again (same method, path with query and
         *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
         *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
         *     another request is 409 `idempotency-key-reused`; while the first request with the key is
         *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
         *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
         *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
         *     `Idempotency-Key`.
         */
        IdempotencyKey: string;
    };
    requestBodies: never;
    headers: {
        /** @description `true` when this is the kept answer to an earlier request with the same `Idempotency-Key` */
        IdempotencyReplayed: "true";
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getCurrentUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CurrentUser"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getMyDigest: {
        parameters: {
            query?: {
                dueSoonDays?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The digest; `items` is empty when nothing needs attention */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Digest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listUnits: {
        parameters: {
            query?: {
                q?: string;
                parentId?: number;
                level?: components["schemas"]["UnitLevel"];
                validOn?: string;
                includeEnded?: boolean;
                /** @description Page number, from 0; page × size at most 100,000 (a page beyond is a 400 naming `page`) */
                page?: components["parameters"]["Page"];
                /** @description Page size, 1 to 100 */
                size?: components["parameters"]["Size"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of units */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createUnit: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnitCreate"];
            };
        };
        responses: {
            /** @description The unit created */
            201: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    getUnitByCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The unit, and the abolished unit the code belonged to, if any */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitLookup"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getUnit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The unit */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateUnit: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnitUpdate"];
            };
        };
        responses: {
            /** @description The unit updated */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listUnitOrganizations: {
        parameters: {
            query?: {
                validOn?: string;
                includeEnded?: boolean;
                /** @description Page number, from 0; page × size at most 100,000 (a page beyond is a 400 naming `page`) */
                page?: components["parameters"]["Page"];
                /** @description Page size, 1 to 100 */
                size?: components["parameters"]["Size"];
            };
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of organizations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listUnitResidentialAreas: {
        parameters: {
            query?: {
                q?: string;
                includeEnded?: boolean;
                /** @description Page number, from 0; page × size at most 100,000 (a page beyond is a 400 naming `page`) */
                page?: components["parameters"]["Page"];
                /** @description Page size, 1 to 100 */
                size?: components["parameters"]["Size"];
            };
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of residential areas */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentialAreaPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listOrganizations: {
        parameters: {
            query?: {
                q?: string;
                unitId?: number;
                level?: components["schemas"]["UnitLevel"];
                /** @description Only organizations this task can be assigned to */
                forTaskId?: number;
                kind?: components["schemas"]["OrganizationKind"];
                validOn?: string;
                includeEnded?: boolean;
                /** @description Page number, from 0; page × size at most 100,000 (a page beyond is a 400 naming `page`) */
                page?: components["parameters"]["Page"];
                /** @description Page size, 1 to 100 */
                size?: components["parameters"]["Size"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of organizations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createOrganization: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganizationCreate"];
            };
        };
        responses: {
            /** @description The organization created */
            201: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    getOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organization */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateOrganization: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganizationUpdate"];
            };
        };
        responses: {
            /** @description The organization updated */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    createResidentialArea: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResidentialAreaCreate"];
            };
        };
        responses: {
            /** @description The residential area created */
            201: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentialArea"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    getResidentialArea: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The residential area */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentialArea"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateResidentialArea: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResidentialAreaUpdate"];
            };
        };
        responses: {
            /** @description The residential area updated */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentialArea"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listAuditEvents: {
        parameters: {
            query: {
                entityType: "AdministrativeUnit" | "Organization" | "ResidentialArea" | "Directive" | "Task" | "Assignment" | "Report" | "Explanation" | "MobilizationModel" | "RecognitionTitle" | "CriteriaSet" | "RecognitionCase" | "RuralCommuneGroup" | "RuralAssessment" | "Target" | "SatisfactionSurvey";
                entityId: number;
                /** @description Page number, from 0; page × size at most 100,000 (a page beyond is a 400 naming `page`) */
                page?: components["parameters"]["Page"];
                /** @description Page size, 1 to 100 */
                size?: components["parameters"]["Size"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of audit events, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listDirectives: {
        parameters: {
            query?: {
                q?: string;
                type?: components["schemas"]["DirectiveType"];
                issuerId?: number;
                unitId?: number;
                year?: number;
                /** @description A year the directive's period covers */
                period?: number;
                status?: components["schemas"]["DirectiveStatus"];
                sort?: "relevance" | "date";
                /** @description Page number, from 0; page × size at most 100,000 (a page beyond is a 400 naming `page`) */
                page?: components["parameters"]["Page"];
                /** @description Page size, 1 to 100 */
                size?: components["parameters"]["Size"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of directives */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectivePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createDirective: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DirectiveWrite"];
            };
        };
        responses: {
            /** @description The directive registered */
            201: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Directive"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    getDirective: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The directive */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Directive"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateDirective: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DirectiveWrite"];
            };
        };
        responses: {
            /** @description The directive changed */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Directive"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    deleteDirective: {
        parameters: {
            query: {
                version: number;
            };
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listDirectiveTasks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tasks */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createDirectiveTasks: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskBatch"];
            };
        };
        responses: {
            /** @description The tasks created */
            201: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    getTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateTask: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskWrite"];
            };
        };
        responses: {
            /** @description The task changed */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listTaskAssignments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The assignments, by organization */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assignment"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    assignTask: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignmentTargets"];
            };
        };
        responses: {
            /** @description The assignments created */
            201: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assignment"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    assignTaskPreview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignmentTargets"];
            };
        };
        responses: {
            /** @description What would be assigned */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentPreview"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listAssignments: {
        parameters: {
            query?: {
                organizationId?: number;
                bucket?: components["schemas"]["Bucket"];
                /** @description The day the buckets are read on (today by default) */
                asOf?: string;
                /** @description Page number, from 0; page × size at most 100,000 (a page beyond is a 400 naming `page`) */
                page?: components["parameters"]["Page"];
                /** @description Page size, 1 to 100 */
                size?: components["parameters"]["Size"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of assignments */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    summarizeAssignments: {
        parameters: {
            query?: {
                unitId?: number;
                asOf?: string;
                dueFrom?: string;
                dueTo?: string;
                dueSoonDays?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The summary */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentSummary"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    exportAssignmentSummary: {
        parameters: {
            query?: {
                unitId?: number;
                asOf?: string;
                dueFrom?: string;
                dueTo?: string;
                dueSoonDays?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workbook */
            200: {
                headers: {
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The assignment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assignment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateAssignment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignmentUpdate"];
            };
        };
        responses: {
            /** @description The assignment changed */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assignment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listAssignmentReports: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The slots, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportSlot"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listSubAssignments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sub-assignments, by organization */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assignment"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    assignSubAssignments: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignmentTargets"];
            };
        };
        responses: {
            /** @description The sub-assignments created */
            201: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assignment"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listExplanations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The explanations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Explanation"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    requestExplanation: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExplanationRequest"];
            };
        };
        responses: {
            /** @description The explanation asked */
            201: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Explanation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    getExplanation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The explanation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Explanation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    answerExplanation: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExplanationAnswer"];
            };
        };
        responses: {
            /** @description The explanation, answered */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Explanation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listReports: {
        parameters: {
            query?: {
                inbox?: boolean;
                status?: components["schemas"]["ReportStatus"];
                organizationId?: number;
                taskId?: number;
                directiveId?: number;
                period?: "QUARTER" | "HALF_YEAR" | "YEAR";
                dueFrom?: string;
                dueTo?: string;
                late?: boolean;
                q?: string;
                sort?: components["schemas"]["ReportSort"];
                /** @description Page number, from 0; page × size at most 100,000 (a page beyond is a 400 naming `page`) */
                page?: components["parameters"]["Page"];
                /** @description Page size, 1 to 100 */
                size?: components["parameters"]["Size"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of reports */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportSlotPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The slot */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportSlot"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    submitReport: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportSubmission"];
            };
        };
        responses: {
            /** @description The slot, submitted */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportSlot"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    reviewReport: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportReview"];
            };
        };
        responses: {
            /** @description The slot, reviewed */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportSlot"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    reviewReports: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportBulkReview"];
            };
        };
        responses: {
            /** @description One result per report, in the order asked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportBulkReviewResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listReportAttachments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attachments, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    addReportAttachment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["FileUpload"];
            };
        };
        responses: {
            /** @description The attachment stored */
            201: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    downloadReportAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
                attachmentId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    "Content-Disposition"?: string;
                    /** @description sha-256 of the content (RFC 9530) */
                    "Repr-Digest"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteReportAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
                attachmentId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listDirectiveAttachments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attachments, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    addDirectiveAttachment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["FileUpload"];
            };
        };
        responses: {
            /** @description The attachment stored */
            201: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    downloadDirectiveAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
                attachmentId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    "Content-Disposition"?: string;
                    /** @description sha-256 of the content (RFC 9530) */
                    "Repr-Digest"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteDirectiveAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
                attachmentId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getDirectiveRelations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The chain, nearest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectiveRelationChain"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    addDirectiveRelation: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DirectiveRelationWrite"];
            };
        };
        responses: {
            /** @description The relation, linked or waiting */
            201: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectiveRelationStep"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    parseDirective: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DirectiveParseRequest"];
            };
        };
        responses: {
            /** @description The draft */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectiveDraft"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            503: components["responses"]["Unavailable"];
        };
    };
    parseDirectiveFile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["FileUpload"];
            };
        };
        responses: {
            /** @description The draft */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectiveDraft"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            503: components["responses"]["Unavailable"];
        };
    };
    listRecognitionTitles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The titles */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecognitionTitle"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createRecognitionTitle: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecognitionTitleCreate"];
            };
        };
        responses: {
            /** @description The title */
            201: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecognitionTitle"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    getRecognitionTitle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The title */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecognitionTitle"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateRecognitionTitle: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecognitionTitleUpdate"];
            };
        };
        responses: {
            /** @description The title */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecognitionTitle"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listCriteriaSets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sets */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CriteriaSetSummary"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createCriteriaSet: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CriteriaSetWrite"];
            };
        };
        responses: {
            /** @description The draft */
            201: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CriteriaSet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    getCriteriaSetTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workbook */
            200: {
                headers: {
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getCriteriaSet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The set */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CriteriaSet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateCriteriaSet: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CriteriaSetUpdate"];
            };
        };
        responses: {
            /** @description The draft */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CriteriaSet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    deleteCriteriaSet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    reviseCriteriaSet: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new draft */
            201: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CriteriaSet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    publishCriteriaSet: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CriteriaSetTransition"];
            };
        };
        responses: {
            /** @description The published set */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CriteriaSet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    retireCriteriaSet: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CriteriaSetTransition"];
            };
        };
        responses: {
            /** @description The retired set */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CriteriaSet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    exportCriteriaSet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workbook */
            200: {
                headers: {
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    importCriteriaSet: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["CriteriaSetImport"];
            };
        };
        responses: {
            /** @description The draft with the imported criteria */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CriteriaSet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    listMovements: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The movements, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmulationMovement"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createMovement: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmulationMovementCreate"];
            };
        };
        responses: {
            /** @description The movement */
            201: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmulationMovement"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    getMovement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The movement */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmulationMovement"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateMovement: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmulationMovementUpdate"];
            };
        };
        responses: {
            /** @description The movement */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmulationMovement"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    updateRound: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmulationRoundUpdate"];
            };
        };
        responses: {
            /** @description The round */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmulationRound"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listModels: {
        parameters: {
            query?: {
                unitId?: number;
                movementId?: number;
                roundId?: number;
                roundState?: components["schemas"]["ModelRoundState"];
                field?: string;
                state?: components["schemas"]["ModelState"];
                level?: components["schemas"]["ModelLevel"];
                ownerKind?: components["schemas"]["ModelOwnerKind"];
                q?: string;
                /** @description Page number, from 0; page × size at most 100,000 (a page beyond is a 400 naming `page`) */
                page?: components["parameters"]["Page"];
                /** @description Page size, 1 to 100 */
                size?: components["parameters"]["Size"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of models */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MobilizationModelPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    registerModel: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MobilizationModelRegistration"];
            };
        };
        responses: {
            /** @description The model, with its record for the round */
            201: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MobilizationModel"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    getModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The model */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MobilizationModel"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateModel: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MobilizationModelUpdate"];
            };
        };
        responses: {
            /** @description The model */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MobilizationModel"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    getModelTimeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The timeline */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelTransition"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    enrollModelRound: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModelEnrollment"];
            };
        };
        responses: {
            /** @description The model with its new record */
            201: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MobilizationModel"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    discontinueModel: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModelDiscontinuation"];
            };
        };
        responses: {
            /** @description The model */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MobilizationModel"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    publishModel: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModelVersion"];
            };
        };
        responses: {
            /** @description The model */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MobilizationModel"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    unpublishModel: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModelVersion"];
            };
        };
        responses: {
            /** @description The model */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MobilizationModel"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    getModelRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelRound"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    startModelRound: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModelVersion"];
            };
        };
        responses: {
            /** @description The record after the transition */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelRound"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    reportModelResults: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModelResults"];
            };
        };
        responses: {
            /** @description The record after the transition */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelRound"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    submitModelRound: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModelVersion"];
            };
        };
        responses: {
            /** @description The record after the transition */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelRound"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    appraiseModelRound: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModelAppraisal"];
            };
        };
        responses: {
            /** @description The record after the transition */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelRound"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    returnModelRound: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModelReturn"];
            };
        };
        responses: {
            /** @description The record after the transition */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelRound"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    recognizeModelRound: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModelRecognition"];
            };
        };
        responses: {
            /** @description The record after the transition */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelRound"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    markModelExemplary: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModelVersion"];
            };
        };
        responses: {
            /** @description The record after the transition */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelRound"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    proposeModelCommendation: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModelVersion"];
            };
        };
        responses: {
            /** @description The record after the transition */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelRound"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    commendModelRound: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModelCommendationWrite"];
            };
        };
        responses: {
            /** @description The record after the transition */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelRound"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    proposeModelUpward: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModelVersion"];
            };
        };
        responses: {
            /** @description The record after the transition */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelRound"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    addModelRoundAttachment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["FileUpload"];
            };
        };
        responses: {
            /** @description The attachment stored */
            201: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    downloadModelRoundAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
                attachmentId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    "Content-Disposition"?: string;
                    /** @description sha-256 of the content (RFC 9530) */
                    "Repr-Digest"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listRecognitionCases: {
        parameters: {
            query?: {
                unitId?: number;
                year?: number;
                titleId?: number;
                state?: components["schemas"]["RecognitionCaseState"];
                residentialAreaId?: number;
                /** @description Page number, from 0; page × size at most 100,000 (a page beyond is a 400 naming `page`) */
                page?: components["parameters"]["Page"];
                /** @description Page size, 1 to 100 */
                size?: components["parameters"]["Size"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of cases */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecognitionCasePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    registerRecognitionCase: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecognitionCaseRegistration"];
            };
        };
        responses: {
            /** @description The case, REGISTERED */
            201: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecognitionCase"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    getRecognitionCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The case */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecognitionCase"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getRecognitionCaseTimeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The timeline */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecognitionCaseEvent"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    selfAssessRecognitionCriterion: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
                criterionId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecognitionSelfAssessment"];
            };
        };
        responses: {
            /** @description The criterion's assessment */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecognitionAssessment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    addRecognitionEvidence: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
                criterionId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["FileUpload"];
            };
        };
        responses: {
            /** @description The attachment stored */
            201: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    downloadRecognitionEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
                criterionId: number;
                attachmentId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    "Content-Disposition"?: string;
                    /** @description sha-256 of the content (RFC 9530) */
                    "Repr-Digest"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    submitRecognitionSelfAssessment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecognitionVersion"];
            };
        };
        responses: {
            /** @description The case after the step */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecognitionCase"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    reviewRecognitionCriterion: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
                criterionId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecognitionReviewWrite"];
            };
        };
        responses: {
            /** @description The criterion's assessment */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecognitionAssessment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    completeRecognitionReview: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecognitionVersion"];
            };
        };
        responses: {
            /** @description The case after the step */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecognitionCase"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    postRecognitionCase: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecognitionPosting"];
            };
        };
        responses: {
            /** @description The case after the step */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecognitionCase"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    addRecognitionPostingComment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecognitionPostingCommentWrite"];
            };
        };
        responses: {
            /** @description The case with the comment */
            201: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecognitionCase"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    recordRecognitionCouncil: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecognitionCouncil"];
            };
        };
        responses: {
            /** @description The case after the step */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecognitionCase"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    appraiseRecognitionCase: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecognitionAppraisal"];
            };
        };
        responses: {
            /** @description The case after the step */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecognitionCase"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    decideRecognitionCase: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecognitionDecisionWrite"];
            };
        };
        responses: {
            /** @description The case after the step */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecognitionCase"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    refuseRecognitionCase: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecognitionRefusal"];
            };
        };
        responses: {
            /** @description The case after the step */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecognitionCase"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    withdrawRecognitionCase: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecognitionWithdrawal"];
            };
        };
        responses: {
            /** @description The case after the step */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecognitionCase"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    getRecognitionDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The decision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecognitionDecision"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    revokeRecognitionDecision: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecognitionRevocation"];
            };
        };
        responses: {
            /** @description The decision, revoked */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecognitionDecision"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listPublicModels: {
        parameters: {
            query?: {
                field?: string;
                q?: string;
                /** @description Page number, from 0; page × size at most 100,000 (a page beyond is a 400 naming `page`) */
                page?: components["parameters"]["Page"];
                /** @description Page size, 1 to 100 */
                size?: components["parameters"]["Size"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of public models */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicModelPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    getPublicModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The model as the public sees it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicModel"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    downloadPublicModelPhoto: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
                attachmentId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The photo */
            200: {
                headers: {
                    "Content-Disposition"?: string;
                    /** @description sha-256 of the content (RFC 9530) */
                    "Repr-Digest"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    getModelFunnel: {
        parameters: {
            query: {
                roundId: number;
                /** @description A unit of the caller's scope (its subtree is counted); the caller's own unit by default (an account of the central level names one) */
                unitId?: number;
                /** @description A field code of the round's movement */
                field?: string;
                ownerKind?: components["schemas"]["ModelOwnerKind"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The funnel */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelFunnel"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    exportModelFunnel: {
        parameters: {
            query: {
                roundId: number;
                /** @description A unit of the caller's scope (its subtree is counted); the caller's own unit by default (an account of the central level names one) */
                unitId?: number;
                /** @description A field code of the round's movement */
                field?: string;
                ownerKind?: components["schemas"]["ModelOwnerKind"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workbook */
            200: {
                headers: {
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getRecognitionCounts: {
        parameters: {
            query: {
                /** @description A unit of the caller's scope (its subtree is counted); the caller's own unit by default (an account of the central level names one) */
                unitId?: number;
                year: number;
                titleId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The counts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecognitionCounts"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getRecognitionCriterionFailures: {
        parameters: {
            query: {
                /** @description A unit of the caller's scope; the caller's own unit by default (an account of the central level names one) */
                unitId?: number;
                year: number;
                titleId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The criteria, worst first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecognitionCriterionFailures"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    exportRecognitionCounts: {
        parameters: {
            query: {
                /** @description A unit of the caller's scope; the caller's own unit by default (an account of the central level names one) */
                unitId?: number;
                year: number;
                titleId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workbook */
            200: {
                headers: {
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listPublicRecognizedAreas: {
        parameters: {
            query?: {
                provinceCode?: string;
                q?: string;
                /** @description Page number, from 0; page × size at most 100,000 (a page beyond is a 400 naming `page`) */
                page?: components["parameters"]["Page"];
                /** @description Page size, 1 to 100 */
                size?: components["parameters"]["Size"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of recognized areas */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicRecognizedAreaPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    listRuralCommunes: {
        parameters: {
            query?: {
                unitId?: number;
                /** @description The assessment year (the current year by default) */
                year?: number;
                level?: components["schemas"]["RuralLevelFilter"];
                group?: number;
                kind?: "COMMUNE" | "WARD" | "SPECIAL_ZONE";
                q?: string;
                /** @description Page number, from 0; page × size at most 100,000 (a page beyond is a 400 naming `page`) */
                page?: components["parameters"]["Page"];
                /** @description Page size, 1 to 100 */
                size?: components["parameters"]["Size"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of communes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuralCommunePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getRuralCommuneCriteria: {
        parameters: {
            query?: {
                setId?: number;
                from?: number;
                to?: number;
            };
            header?: never;
            path: {
                /** @description A commune (xã, phường, đặc khu; a former one too) */
                unitId: components["parameters"]["RuralUnitId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The criteria page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuralCriteriaPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listRuralCommuneGroups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A commune (xã, phường, đặc khu; a former one too) */
                unitId: components["parameters"]["RuralUnitId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The groups */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuralCommuneGroup"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    setRuralCommuneGroup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description A commune (xã, phường, đặc khu; a former one too) */
                unitId: components["parameters"]["RuralUnitId"];
                /** @description The first year of the period (2026 for 2026–2030) */
                periodFrom: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RuralCommuneGroupWrite"];
            };
        };
        responses: {
            /** @description The group */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuralCommuneGroup"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    saveRuralAssessment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description A commune (xã, phường, đặc khu; a former one too) */
                unitId: components["parameters"]["RuralUnitId"];
                year: number;
                criterionId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RuralAssessmentWrite"];
            };
        };
        responses: {
            /** @description The assessment */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuralAssessment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    addRuralEvidence: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description A commune (xã, phường, đặc khu; a former one too) */
                unitId: components["parameters"]["RuralUnitId"];
                year: number;
                criterionId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["FileUpload"];
            };
        };
        responses: {
            /** @description The attachment stored */
            201: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    downloadRuralEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A commune (xã, phường, đặc khu; a former one too) */
                unitId: components["parameters"]["RuralUnitId"];
                year: number;
                criterionId: number;
                attachmentId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    "Content-Disposition"?: string;
                    /** @description sha-256 of the content (RFC 9530) */
                    "Repr-Digest"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getRuralCommuneStanding: {
        parameters: {
            query?: {
                /** @description The assessment year (the current year by default) */
                year?: number;
            };
            header?: never;
            path: {
                /** @description A commune (xã, phường, đặc khu; a former one too) */
                unitId: components["parameters"]["RuralUnitId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The standing */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuralStanding"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listRuralRecognitions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A commune (xã, phường, đặc khu; a former one too) */
                unitId: components["parameters"]["RuralUnitId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The decisions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuralRecognition"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    recordRuralRecognition: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description A commune (xã, phường, đặc khu; a former one too) */
                unitId: components["parameters"]["RuralUnitId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RuralRecordedDecisionWrite"];
            };
        };
        responses: {
            /** @description The decision recorded */
            201: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuralRecognition"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listDirectiveTargets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The targets, by position */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Target"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createTarget: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TargetWrite"];
            };
        };
        responses: {
            /** @description The target, with its progress */
            201: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Target"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listTargets: {
        parameters: {
            query?: {
                unitId?: number;
                directiveId?: number;
                /** @description The year of the deadline */
                year?: number;
                /** @description Page number, from 0; page × size at most 100,000 (a page beyond is a 400 naming `page`) */
                page?: components["parameters"]["Page"];
                /** @description Page size, 1 to 100 */
                size?: components["parameters"]["Size"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of targets with their progress */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TargetPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    exportTargets: {
        parameters: {
            query?: {
                unitId?: number;
                directiveId?: number;
                /** @description The year of the deadline */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workbook */
            200: {
                headers: {
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getTarget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The target */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Target"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateTarget: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TargetUpdate"];
            };
        };
        responses: {
            /** @description The target, with its progress */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Target"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    deleteTarget: {
        parameters: {
            query: {
                version: number;
            };
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    getTargetProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The target with its progress and trend */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TargetProgressDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listTargetMissingUnits: {
        parameters: {
            query?: {
                q?: string;
                /** @description Page number, from 0; page × size at most 100,000 (a page beyond is a 400 naming `page`) */
                page?: components["parameters"]["Page"];
                /** @description Page size, 1 to 100 */
                size?: components["parameters"]["Size"];
            };
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of missing units */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TargetMissingUnitPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listSatisfactionSurveys: {
        parameters: {
            query?: {
                unitId?: number;
                state?: components["schemas"]["SatisfactionSurveyState"];
                titleId?: number;
                year?: number;
                /** @description Page number, from 0; page × size at most 100,000 (a page beyond is a 400 naming `page`) */
                page?: components["parameters"]["Page"];
                /** @description Page size, 1 to 100 */
                size?: components["parameters"]["Size"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of surveys */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SatisfactionSurveyPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createSatisfactionSurvey: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SatisfactionSurveyCreate"];
            };
        };
        responses: {
            /** @description The survey, DRAFT */
            201: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SatisfactionSurvey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    getSatisfactionSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The survey */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SatisfactionSurvey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateSatisfactionSurvey: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SatisfactionSurveyUpdate"];
            };
        };
        responses: {
            /** @description The survey */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SatisfactionSurvey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    openSatisfactionSurvey: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SatisfactionVersion"];
            };
        };
        responses: {
            /** @description The survey after the step */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SatisfactionSurvey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    closeSatisfactionSurvey: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SatisfactionVersion"];
            };
        };
        responses: {
            /** @description The survey after the step */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SatisfactionSurvey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    publishSatisfactionSurvey: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SatisfactionVersion"];
            };
        };
        responses: {
            /** @description The survey after the step */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SatisfactionSurvey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    enterSatisfactionResponse: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SatisfactionResponseWrite"];
            };
        };
        responses: {
            /** @description The form was counted */
            201: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SatisfactionResponseReceipt"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    generateSatisfactionCodes: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes for this one request (e.g. a UUID), so that it can send it again
                 *     safely (an offline outbox, a retry after a lost answer). Keys belong to the signed-in user and
                 *     are kept 7 days. The first request with a key is done as usual; when it succeeds (2xx), its
                 *     answer is kept with the key, and the same request again (same method, path with query and
                 *     body; for an upload, the same parts and file) gets that answer — status, body and `Location`
                 *     — with `Idempotency-Replayed: true`, without the work being done again. The same key with
                 *     another request is 409 `idempotency-key-reused`; while the first request with the key is
                 *     still running, a second one waits for it, or after 5 s is 409 `idempotency-in-progress` with
                 *     `Retry-After`. An answer that is an error is not kept: a corrected request may use the same
                 *     key. A value that is not 1–100 characters of `A-Z a-z 0-9 . _ : -` is a 400 naming
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SatisfactionCodeBatchWrite"];
            };
        };
        responses: {
            /** @description The codes */
            201: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SatisfactionCodeBatch"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    getSatisfactionResults: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SatisfactionResults"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    exportSatisfactionResults: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workbook */
            200: {
                headers: {
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listPublicSatisfactionSurveys: {
        parameters: {
            query?: {
                provinceCode?: string;
                /** @description Page number, from 0; page × size at most 100,000 (a page beyond is a 400 naming `page`) */
                page?: components["parameters"]["Page"];
                /** @description Page size, 1 to 100 */
                size?: components["parameters"]["Size"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of published surveys */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SatisfactionPublicSurveyPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description Too many requests from this address; wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicSatisfactionResults: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SatisfactionResults"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            /** @description Too many requests from this address or for this survey; wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicSatisfactionQuestionnaire: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The questionnaire */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SatisfactionQuestionnaire"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            /** @description Too many requests from this address or for this survey; wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitPublicSatisfactionResponse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SatisfactionPublicResponseWrite"];
            };
        };
        responses: {
            /** @description The answer was counted */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SatisfactionResponseReceipt"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Too many requests from this address or for this survey; wait `Retry-After` seconds */
            429: {
                headers: {
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
