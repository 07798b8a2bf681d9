using Avance.Data;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Authoring;

internal static class OrganisationChecks
{
    /// <summary>Says which of the organisations named in a field Avance does not know.</summary>
    public static async Task KnownAsync(AvanceDb db, FieldChecks checks, string field, IEnumerable<int>? ids, CancellationToken cancellationToken)
    {
        var wanted = (ids ?? []).Distinct().ToList();
        if (wanted.Count == 0) return;
        var known = await db.Organisations.Where(o => wanted.Contains(o.Id)).Select(o => o.Id).ToListAsync(cancellationToken);
        foreach (var unknown in wanted.Except(known)) checks.Add(field, "Authoring_Error_UnknownOrganisation", unknown);
    }
}
