using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Avance.Data.Migrations;

/// <summary>Texts, sources, countries, organisations, plans and their structure, indicators and reporting.</summary>
[DbContext(typeof(AvanceDb))]
[Migration("20261122000001_PlansAndIndicators")]
public sealed class PlansAndIndicators : ScriptedMigration;

/// <summary>UN country programme results frameworks, resources and funding, and territorial programmes.</summary>
[DbContext(typeof(AvanceDb))]
[Migration("20261122000002_ResultsAndProgrammes")]
public sealed class ResultsAndProgrammes : ScriptedMigration;

/// <summary>Search entries and their full-text index (FTS5 on SQLite, GIN on PostgreSQL), outside the EF model.</summary>
[DbContext(typeof(AvanceDb))]
[Migration("20261122000003_Search")]
public sealed class FullTextSearch : ScriptedMigration;

/// <summary>
/// Accounts (Identity), personal access tokens, the append-only audit trail (guarded by triggers), plan versions,
/// evidence files, civil-society assessments, and a version column on every item two people may edit at once.
/// </summary>
[DbContext(typeof(AvanceDb))]
[Migration("20261122000004_AccountsAndWorkflow")]
public sealed class AccountsAndWorkflow : ScriptedMigration;

/// <summary>IATI import provenance per outcome, the IATI facts of imported indicators, and their values as published.</summary>
[DbContext(typeof(AvanceDb))]
[Migration("20261122000005_Interchange")]
public sealed class IatiInterchange : ScriptedMigration;
