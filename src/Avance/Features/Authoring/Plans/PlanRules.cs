using Avance.Data;
using Avance.Features.Plans;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Authoring;

/// <summary>What a plan's fields must satisfy before they are saved.</summary>
internal static class PlanRules
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    public static async Task CheckAsync(AvanceDb db, FieldChecks checks, PlanFields fields, int countryId, int? planId,
        CancellationToken cancellationToken)
    {
        checks.Code("Code", fields.Code);
        checks.Required("Generation", fields.Generation);
        checks.Range("Generation", fields.Generation, 1, 99);
        checks.Text("Title", fields.Title, FieldChecks.ShortText, required: true);
        foreach (var (field, text) in new[]
                 {
                     ("Purpose", fields.Purpose), ("Development", fields.Development), ("Implementation", fields.Implementation),
                     ("MonitoringArrangement", fields.MonitoringArrangement), ("BudgetStatement", fields.BudgetStatement),
                     ("Disarmament", fields.Disarmament),
                 })
            checks.Text(field, text, FieldChecks.LongText);
        checks.Range("AdoptedOn", fields.AdoptedOn?.Year, FirstYear, LastYear);
        checks.Range("StartYear", fields.StartYear, FirstYear, LastYear);
        checks.Range("EndYear", fields.EndYear, FirstYear, LastYear);
        if (fields.EndYear < fields.StartYear) checks.Add("EndYear", "Authoring_Error_EndBeforeStart", fields.StartYear!.Value);
        checks.Range("ReviewAfterYears", fields.ReviewAfterYears, 1, 50);
        Defined(checks, "CivilSocietyInDevelopment", fields.CivilSocietyInDevelopment);
        Defined(checks, "CivilSocietyInImplementation", fields.CivilSocietyInImplementation);
        Defined(checks, "BudgetArrangement", fields.BudgetArrangement);
        Budget(checks, fields);
        await OrganisationChecks.KnownAsync(db, checks, "LeadOrganisations", fields.LeadOrganisations, cancellationToken);
        await OrganisationChecks.KnownAsync(db, checks, "ParticipatingOrganisations", fields.ParticipatingOrganisations, cancellationToken);
        await OrganisationChecks.KnownAsync(db, checks, "SupportingOrganisations", fields.SupportingOrganisations, cancellationToken);

        if (checks.Errors.Has("Code")) return;
        var code = fields.Code!.Trim().ToUpperInvariant();
        if (await db.Plans.AnyAsync(p => p.CountryId == countryId && p.Id != planId && p.Code.ToUpper() == code, cancellationToken))
            checks.Add("Code", "Authoring_Error_PlanCodeTaken", fields.Code.Trim());
    }

    /// <summary>An amount is the size of a dedicated budget, so it needs one, and a currency to be read in.</summary>
    private static void Budget(FieldChecks checks, PlanFields fields)
    {
        var currency = BilingualText.Clean(fields.BudgetCurrency);
        if (currency is not null && (currency.Length != 3 || !currency.All(char.IsAsciiLetter))) checks.Add("BudgetCurrency", "Authoring_Error_Currency");
        if (fields.BudgetAmount is null) return;
        checks.Range("BudgetAmount", fields.BudgetAmount, 0m, 1_000_000_000_000_000m);
        if (fields.BudgetArrangement != BudgetArrangement.DedicatedBudget) checks.Add("BudgetAmount", "Authoring_Error_AmountNeedsDedicatedBudget");
        if (currency is null) checks.Add("BudgetCurrency", "Authoring_Error_Required");
    }

    /// <summary>JSON may carry an enum as a number; only the named values are choices.</summary>
    public static void Defined<T>(FieldChecks checks, string field, T value) where T : struct, Enum
    {
        if (!Enum.IsDefined(value)) checks.Add(field, "Authoring_Error_NotChoice", value.ToString());
    }
}
