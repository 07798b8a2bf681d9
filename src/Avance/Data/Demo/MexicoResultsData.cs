using Avance.Domain;
using Avance.Features.Results;
using static Avance.Data.Demo.DemoText;

namespace Avance.Data.Demo;

/// <summary>UN Women Mexico's results framework: its outcomes and yearly progress notes (seeds 001, 002, 003).</summary>
internal static class MexicoResultsData
{
    /// <summary>Returns the access-to-justice outcome, which the funding data hangs from.</summary>
    public static async Task<Outcome> AddAsync(AvanceDb db, int mexicoId, MexicoOrganisationSet organisations, DemoSourceSet sources,
        CancellationToken cancellationToken)
    {
        // The seeds' outcomes run "by 2025" and refer to the UNSDCF 2020-2025, hence those years.
        var framework = new ResultsFramework
        {
            CountryId = mexicoId,
            OrganisationId = organisations.UnWomen.Id,
            Title = T("UN Women Mexico country office results framework", "Marco de resultados de la oficina de ONU Mujeres en México"),
            StartYear = 2020,
            EndYear = 2025,
        };

        var identified = MexicoCountryOutcomes.Create(sources.CountryOutcomes);
        var justice = MexicoJusticeOutcome.Create(sources.JusticeResources, displayOrder: identified.Count + 1);
        var office = MexicoOfficeOutcomes.Create(sources.OutcomeNotes, firstDisplayOrder: identified.Count + 2);
        framework.Outcomes.AddRange([.. identified, justice, .. office]);

        db.ResultsFrameworks.Add(framework);
        await db.SaveChangesAsync(cancellationToken);
        return justice;
    }

    /// <summary>An outcome as the seeds publish it; the identifier stays null where a seed gives none.</summary>
    public static Outcome Outcome(string? iatiIdentifier, int displayOrder, OutcomeStatus status, string english, string spanish) => new()
    {
        IatiIdentifier = iatiIdentifier is null ? null : S(iatiIdentifier),
        DisplayOrder = displayOrder,
        Status = status,
        Summary = T(english, spanish),
    };

    public static OutcomeProgressNote Note(int year, OutcomeStatus assessment, Source source, string english, string spanish) => new()
    {
        Year = year,
        Assessment = assessment,
        Source = source,
        Note = T(english, spanish),
    };
}
