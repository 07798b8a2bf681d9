using Avance.Domain;
using static Avance.Data.Demo.DemoText;

namespace Avance.Data.Demo;

/// <summary>The five seed documents, and the plan documents seed 000 names.</summary>
internal sealed record DemoSourceSet(
    Source NapProfile,
    Source OutcomeNotes,
    Source JusticeResources,
    Source CountryOutcomes,
    Source InmujeresArticle,
    Source PlanSpanish,
    Source PlanEnglish,
    Source WiisAssessment);

internal static class DemoSources
{
    public static async Task<DemoSourceSet> AddAsync(AvanceDb db, CancellationToken cancellationToken)
    {
        var set = new DemoSourceSet(
            // Seed 000 does not say who publishes the profile, so no publisher is recorded.
            NapProfile: Seed("seed-000", "Mexico — National Action Plan country profile", publisher: null),
            OutcomeNotes: Seed("seed-001", "UN Women Mexico — outcome progress notes", "UN Women"),
            JusticeResources: Seed("seed-002", "UN Women Mexico — access to justice outcome: resources and funding partners", "UN Women"),
            CountryOutcomes: Seed("seed-003", "UN Women Mexico — country results: outcomes", "UN Women"),
            // Source has no author field; the article is known by its author, the president of Inmujeres.
            InmujeresArticle: Seed("seed-004", "Women, Leadership and Peacemaking (Nadine Gasman Zylbermann, Inmujeres)",
                "Nadine Gasman Zylbermann, President of the National Institute for Women (Inmujeres)"),
            PlanSpanish: Document("doc-nap-mx-2021-es", "Plan Nacional de Acción (2021) — versión en español", "Government of Mexico", "es"),
            PlanEnglish: Document("doc-nap-mx-2021-en", "National Action Plan (2021) — English version", "Government of Mexico", "en"),
            WiisAssessment: Document("doc-wiis-mx-nap-2021-assessment",
                "Mexico's First Women, Peace and Security National Action Plan: An Assessment — WIIS policy brief by Daniela Philipson García and Ana Velasco Ugalde",
                "Women In International Security (WIIS)", "en"));

        db.Sources.AddRange(set.NapProfile, set.OutcomeNotes, set.JusticeResources, set.CountryOutcomes, set.InmujeresArticle,
            set.PlanSpanish, set.PlanEnglish, set.WiisAssessment);
        await db.SaveChangesAsync(cancellationToken);
        return set;
    }

    // The seeds are English pages; none of them gives a URL or a date we could cite, so neither is stored.
    private static Source Seed(string key, string title, string? publisher) =>
        new() { Key = S(key), Title = S(title), Publisher = publisher is null ? null : S(publisher), Language = S("en") };

    private static Source Document(string key, string title, string publisher, string language) =>
        new() { Key = S(key), Title = S(title), Publisher = S(publisher), Language = S(language) };
}
