using Avance.Data;
using Avance.Features.Plans;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Authoring;

public static class PlanCommands
{
    public const string ItemType = "plan";

    public static Task<AuthoringResult> CreateAsync(AuthoringScope scope, string? country, PlanFields fields, CancellationToken cancellationToken) =>
        scope.RunAsync(async () =>
        {
            var checks = scope.Checks();
            var iso2 = country?.Trim().ToUpperInvariant();
            var countryId = await scope.Db.Countries.Where(c => c.Iso2 == iso2).Select(c => (int?)c.Id).SingleOrDefaultAsync(cancellationToken);
            if (string.IsNullOrWhiteSpace(country)) checks.Add("Country", "Authoring_Error_Required");
            else if (countryId is null) checks.Add("Country", "Authoring_Error_UnknownCountry", country.Trim());
            await PlanRules.CheckAsync(scope.Db, checks, fields, countryId ?? 0, null, cancellationToken);
            if (checks.Errors.Any) return AuthoringResult.Invalid(checks.Errors);

            var plan = new Plan
            {
                CountryId = countryId!.Value, Generation = fields.Generation!.Value, Code = fields.Code!.Trim(),
                Title = BilingualText.Apply(fields.Title, null)!, Timeframe = new PlanTimeframe(), BudgetArrangement = fields.BudgetArrangement,
            };
            fields.ApplyTo(plan);
            scope.Db.Plans.Add(plan);
            await scope.Db.SaveChangesAsync(cancellationToken);
            scope.Audit("plan.create", ItemType, plan.Id, null, PlanFields.Of(plan));
            await scope.Db.SaveChangesAsync(cancellationToken);
            return AuthoringResult.Saved(plan.Id);
        }, cancellationToken);

    public static Task<AuthoringResult> UpdateAsync(AuthoringScope scope, int planId, int version, PlanFields fields,
        CancellationToken cancellationToken) =>
        scope.RunAsync(async () =>
        {
            if (await scope.Db.Plans.AsTracking().WithTexts().SingleOrDefaultAsync(p => p.Id == planId, cancellationToken) is not { } plan)
                return AuthoringResult.NotFound;
            var checks = scope.Checks();
            await PlanRules.CheckAsync(scope.Db, checks, fields, plan.CountryId, plan.Id, cancellationToken);
            if (checks.Errors.Any) return AuthoringResult.Invalid(checks.Errors);

            var before = PlanFields.Of(plan);
            scope.Edit(plan, version);
            fields.ApplyTo(plan);
            scope.Audit("plan.update", ItemType, plan.Id, before, PlanFields.Of(plan));
            await scope.Db.SaveChangesAsync(cancellationToken);
            return AuthoringResult.Saved(plan.Id);
        }, cancellationToken);

    public static async Task<Editable<PlanFields>?> ReadAsync(AvanceDb db, int planId, CancellationToken cancellationToken) =>
        await db.Plans.WithTexts().SingleOrDefaultAsync(p => p.Id == planId, cancellationToken) is { } plan
            ? new Editable<PlanFields>(plan.Id, plan.Version, PlanFields.Of(plan))
            : null;
}
