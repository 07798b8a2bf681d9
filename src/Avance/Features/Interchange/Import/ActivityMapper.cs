using Avance.Iati.Model;

namespace Avance.Features.Interchange.Import;

/// <summary>
/// Maps one IATI activity to what Avance keeps of it (docs/iati-mapping.md). Never throws on content: what cannot be
/// kept is reported as a warning, and an activity Avance has no place for (no recipient country, no reporting-org
/// ref) comes back as null with the reason.
/// </summary>
internal sealed class ActivityMapper(ImportText text)
{
    private readonly ResultMapping _results = new(text);
    private readonly FinanceMapping _finance = new();

    public MappedOutcome? Map(IatiActivity activity, List<ImportIssue> issues)
    {
        var line = activity.Source?.LineNumber;
        void Warn(string key, params object?[] args) =>
            issues.Add(new ImportIssue(IssueSeverity.Warning, text[key, [activity.Identifier, .. args]], line, null, activity.Identifier));

        var reporting = OrganisationMapping.Of(activity.ReportingOrg?.Ref, activity.ReportingOrg?.Type, activity.ReportingOrg?.Name, activity.DefaultLanguage);
        if (reporting is null)
        {
            Warn("Import_NoReportingOrgRef");
            return null;
        }
        var country = MainCountry(activity);
        if (country is null)
        {
            Warn("Import_NoRecipientCountry");
            return null;
        }
        var title = NarrativeText.Of(activity.Title, activity.DefaultLanguage);
        var budgets = _finance.Budgets(activity, Warn);
        return new MappedOutcome
        {
            Identifier = activity.Identifier,
            CountryCode = country,
            ReportingOrg = reporting,
            Title = title.Length > 0 ? title : NarrativeText.Single(activity.Identifier),
            Description = Description(activity),
            ActivityStatus = activity.ActivityStatus?.Trim(),
            StartDate = Date(activity, "2") ?? Date(activity, "1"),
            EndDate = Date(activity, "4") ?? Date(activity, "3"),
            Indicators = _results.Indicators(activity, Warn),
            Budgets = budgets,
            Funding = _finance.Funding(activity, Warn),
            Sdgs = FinanceMapping.SdgAllocations(activity, budgets),
            Organisations = OrganisationMapping.All(activity, reporting),
        };
    }

    /// <summary>The recipient country with the largest share (the first of equals); outcomes belong to one country.</summary>
    private static string? MainCountry(IatiActivity activity) =>
        activity.RecipientCountries
            .Where(c => c.Code is { Length: 2 } code && code.All(char.IsAsciiLetter))
            .OrderByDescending(c => c.Percentage ?? 100)
            .Select(c => c.Code!.ToUpperInvariant())
            .FirstOrDefault();

    /// <summary>The general description (type 1), else the first one given.</summary>
    private static Translation[] Description(IatiActivity activity)
    {
        var description = activity.Descriptions.FirstOrDefault(d => d.Type is null or "1") ?? activity.Descriptions.FirstOrDefault();
        return description is null ? [] : NarrativeText.Of(description.Narratives, activity.DefaultLanguage);
    }

    private static DateOnly? Date(IatiActivity activity, string type) =>
        activity.ActivityDates.FirstOrDefault(d => d.Type == type && d.IsoDate is not null)?.IsoDate;
}
