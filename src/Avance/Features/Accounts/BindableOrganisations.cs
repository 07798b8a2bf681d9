using Avance.Data;
using Avance.Domain;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Accounts;

/// <summary>An organisation an account can be bound to, with every acronym it goes by so an operator can name it in any language.</summary>
public sealed record OrganisationChoice(int Id, OrganisationKind Kind, string Name, string? Acronym, string? IatiIdentifier, IReadOnlyList<string> Acronyms)
{
    /// <summary>"SRE — Ministry of Foreign Affairs", or the name alone.</summary>
    public string Label => Acronym is null ? Name : $"{Acronym} — {Name}";

    public string ShortName => Acronym ?? Name;
}

/// <summary>The organisations accounts are bound to: one query for the administration pages and the command line.</summary>
public static class BindableOrganisations
{
    public static async Task<IReadOnlyList<OrganisationChoice>> ListAsync(AvanceDb db, string language, CancellationToken cancellationToken)
    {
        var rows = await db.Organisations
            .Where(o => o.Kind != OrganisationKind.Donor)
            .Select(o => new
            {
                o.Id,
                o.Kind,
                Name = TextInLanguage.Pick(o.Name, language),
                Acronym = TextInLanguage.Pick(o.Acronym, language),
                o.IatiIdentifier,
                Acronyms = o.Acronym!.Translations.Select(t => t.Value).ToList(),
            })
            .ToListAsync(cancellationToken);
        return [.. rows
            .Select(o => new OrganisationChoice(o.Id, o.Kind, o.Name ?? "", o.Acronym, o.IatiIdentifier, o.Acronyms))
            .OrderBy(o => o.Kind).ThenBy(o => o.ShortName, StringComparer.CurrentCultureIgnoreCase)];
    }

    /// <summary>The organisations a reference names: an id, an IATI identifier, or an acronym in any language, ignoring case.</summary>
    public static IReadOnlyList<OrganisationChoice> Named(IEnumerable<OrganisationChoice> organisations, string reference)
    {
        var wanted = reference.Trim();
        if (int.TryParse(wanted, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
            return [.. organisations.Where(o => o.Id == id)];
        return [.. organisations.Where(o =>
            string.Equals(o.IatiIdentifier, wanted, StringComparison.OrdinalIgnoreCase)
            || o.Acronyms.Any(a => string.Equals(a, wanted, StringComparison.OrdinalIgnoreCase)))];
    }
}
