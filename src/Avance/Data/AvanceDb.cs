using Avance.Domain;
using Avance.Features.Countries;
using Avance.Features.Frameworks;
using Avance.Features.Funding;
using Avance.Features.Indicators;
using Avance.Features.Organisations;
using Avance.Features.Plans;
using Avance.Features.Programmes;
using Avance.Features.Reporting;
using Avance.Features.Results;
using Avance.Features.Accounts;
using Avance.Features.Assessments;
using Avance.Features.Audit;
using Avance.Features.Evidence;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Avance.Data;

/// <summary>The one unit of work and query surface of the application (no repositories over it).</summary>
public sealed class AvanceDb(DbContextOptions<AvanceDb> options) : IdentityUserContext<AvanceUser, int>(options)
{
    public DbSet<LocalizedText> Texts => Set<LocalizedText>();
    public DbSet<TextTranslation> TextTranslations => Set<TextTranslation>();
    public DbSet<Source> Sources => Set<Source>();

    public DbSet<Country> Countries => Set<Country>();
    public DbSet<AdministrativeArea> AdministrativeAreas => Set<AdministrativeArea>();
    public DbSet<ContextIndex> ContextIndexes => Set<ContextIndex>();
    public DbSet<ContextIndexValue> ContextIndexValues => Set<ContextIndexValue>();
    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<Pillar> Pillars => Set<Pillar>();
    public DbSet<StrategicObjective> StrategicObjectives => Set<StrategicObjective>();
    public DbSet<LineOfAction> LinesOfAction => Set<LineOfAction>();
    public DbSet<Activity> Activities => Set<Activity>();
    public DbSet<PlanOrganisation> PlanOrganisations => Set<PlanOrganisation>();
    public DbSet<PlanDocument> PlanDocuments => Set<PlanDocument>();
    public DbSet<ActivityOrganisation> ActivityOrganisations => Set<ActivityOrganisation>();

    public DbSet<GlobalIndicator> GlobalIndicators => Set<GlobalIndicator>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<IndicatorTarget> IndicatorTargets => Set<IndicatorTarget>();
    public DbSet<IndicatorDisaggregation> IndicatorDisaggregations => Set<IndicatorDisaggregation>();
    public DbSet<IndicatorFrameworkLink> IndicatorFrameworkLinks => Set<IndicatorFrameworkLink>();

    public DbSet<ReportingPeriod> ReportingPeriods => Set<ReportingPeriod>();
    public DbSet<Measurement> Measurements => Set<Measurement>();
    public DbSet<MeasurementRevision> MeasurementRevisions => Set<MeasurementRevision>();
    public DbSet<ActivityStatusReport> ActivityStatusReports => Set<ActivityStatusReport>();

    public DbSet<ResultsFramework> ResultsFrameworks => Set<ResultsFramework>();
    public DbSet<Outcome> Outcomes => Set<Outcome>();
    public DbSet<Output> Outputs => Set<Output>();
    public DbSet<StrategicPlanContribution> StrategicPlanContributions => Set<StrategicPlanContribution>();
    public DbSet<OutcomeProgressNote> OutcomeProgressNotes => Set<OutcomeProgressNote>();
    public DbSet<ResultIndicator> ResultIndicators => Set<ResultIndicator>();
    public DbSet<ResultIndicatorPeriod> ResultIndicatorPeriods => Set<ResultIndicatorPeriod>();
    public DbSet<OutcomeResources> OutcomeResources => Set<OutcomeResources>();
    public DbSet<FundingContribution> FundingContributions => Set<FundingContribution>();
    public DbSet<SdgAllocation> SdgAllocations => Set<SdgAllocation>();

    public DbSet<Programme> Programmes => Set<Programme>();
    public DbSet<ProgrammeFigure> ProgrammeFigures => Set<ProgrammeFigure>();

    public DbSet<Features.Search.SearchEntry> SearchEntries => Set<Features.Search.SearchEntry>();

    public DbSet<PersonalAccessToken> PersonalAccessTokens => Set<PersonalAccessToken>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<PlanVersion> PlanVersions => Set<PlanVersion>();
    public DbSet<EvidenceFile> EvidenceFiles => Set<EvidenceFile>();
    public DbSet<Assessment> Assessments => Set<Assessment>();
    public DbSet<AssessmentReply> AssessmentReplies => Set<AssessmentReply>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums as their names: readable in SQL and exports, and safe when members are reordered.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<decimal>().HavePrecision(20, 4);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AvanceDb).Assembly);
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => typeof(IVersioned).IsAssignableFrom(e.ClrType)))
            // The default lets the migration add the column to tables that already hold rows.
            modelBuilder.Entity(entity.ClrType).Property(Versioning.Property).IsConcurrencyToken().HasDefaultValue(0);
    }
}
