using Avance.Data;

namespace Avance.Features.Authoring;

/// <summary>What a pillar's, objective's, line of action's or activity's fields must satisfy before they are saved.</summary>
internal static class StructureRules
{
    public const int MaxNumber = 999;
    public const int MaxStatement = 2000;

    /// <param name="siblings">The other items under the same parent, whose numbers are taken.</param>
    public static async Task CheckAsync(AvanceDb db, FieldChecks checks, StructureLevel level, StructureFields fields, bool numberRequired,
        IEnumerable<(int Id, int Number)> siblings, CancellationToken cancellationToken)
    {
        if (numberRequired) checks.Required("Number", fields.Number);
        checks.Range("Number", fields.Number, 1, MaxNumber);
        if (fields.Number is { } number && siblings.Any(s => s.Number == number)) checks.Add("Number", "Authoring_Error_NumberTaken", number);
        checks.Text("Text", fields.Text, MaxStatement, required: true);

        var responsible = fields.Responsible ?? [];
        var coResponsible = fields.CoResponsible ?? [];
        if (level != StructureLevel.Activities)
        {
            if (responsible.Count > 0) checks.Add("Responsible", "Authoring_Error_OnlyActivitiesHaveOrganisations");
            if (coResponsible.Count > 0) checks.Add("CoResponsible", "Authoring_Error_OnlyActivitiesHaveOrganisations");
            return;
        }
        await OrganisationChecks.KnownAsync(db, checks, "Responsible", responsible, cancellationToken);
        await OrganisationChecks.KnownAsync(db, checks, "CoResponsible", coResponsible, cancellationToken);
        if (responsible.Intersect(coResponsible).Any()) checks.Add("CoResponsible", "Authoring_Error_BothResponsibleAndCoResponsible");
    }
}
