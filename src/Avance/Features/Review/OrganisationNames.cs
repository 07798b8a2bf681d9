using Avance.Data;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Review;

/// <summary>Organisations as the workspace names them: by acronym where they have one ("SEDENA"), else by name.</summary>
internal static class OrganisationNames
{
    public static async Task<Dictionary<int, string>> ForAsync(AvanceDb db, IEnumerable<int> organisationIds, string language,
        CancellationToken cancellationToken)
    {
        var ids = organisationIds.Distinct().ToList();
        var names = await db.Organisations.Where(o => ids.Contains(o.Id))
            .Select(o => new { o.Id, Acronym = TextInLanguage.Pick(o.Acronym, language), Name = TextInLanguage.Pick(o.Name, language) })
            .ToListAsync(cancellationToken);
        return names.ToDictionary(o => o.Id, o => o.Acronym ?? o.Name ?? "");
    }
}
