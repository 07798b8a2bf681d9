using System.Globalization;
using Avance.Data;
using Avance.Domain;
using Avance.Features.Countries;
using Avance.Features.Organisations;
using Avance.Features.Results;
using Avance.Iati.Codes;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Interchange.Import;

/// <summary>
/// Finds, or creates, the countries, organisations and results frameworks a batch of outcomes belongs to. These are
/// few and shared, so they go through EF; what is found is remembered for the rest of the file.
/// </summary>
internal sealed class ReferenceResolver(AvanceDb db)
{
    private readonly Dictionary<string, int> _countries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _organisations = new(StringComparer.Ordinal);
    private readonly Dictionary<(int Organisation, int Country), int> _frameworks = [];

    public IReadOnlyDictionary<string, int> Organisations => _organisations;
    public int CountriesCreated { get; private set; }
    public int OrganisationsCreated { get; private set; }
    public int FrameworksCreated { get; private set; }

    /// <summary>The framework of each outcome of the batch, by IATI identifier.</summary>
    /// <remarks>What is missing is created per kind in one save, not one save per row: a file names many countries.</remarks>
    public async Task<Dictionary<string, int>> FrameworksAsync(IReadOnlyList<MappedOutcome> batch, CancellationToken cancellationToken)
    {
        await CountriesAsync(batch.Select(o => o.CountryCode).Distinct().ToList(), cancellationToken);
        await OrganisationsAsync(batch, cancellationToken);
        await MissingFrameworksAsync(batch, cancellationToken);
        var frameworks = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var outcome in batch) frameworks[outcome.Identifier] = _frameworks[KeyOf(outcome)];
        return frameworks;
    }

    private async Task CountriesAsync(List<string> codes, CancellationToken cancellationToken)
    {
        var missing = codes.Where(c => !_countries.ContainsKey(c)).ToList();
        if (missing.Count == 0) return;
        foreach (var found in await db.Countries.Where(c => missing.Contains(c.Iso2)).Select(c => new { c.Iso2, c.Id }).ToListAsync(cancellationToken))
            _countries[found.Iso2] = found.Id;
        var created = missing.Where(c => !_countries.ContainsKey(c))
            .Select(code => new Country { Iso2 = code, Iso3 = Iso3(code), Name = CountryName(code) })
            .ToList();
        if (created.Count == 0) return;
        db.Countries.AddRange(created);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var country in created) _countries[country.Iso2] = country.Id;
        CountriesCreated += created.Count;
    }

    private async Task OrganisationsAsync(IReadOnlyList<MappedOutcome> batch, CancellationToken cancellationToken)
    {
        var named = batch.SelectMany(o => o.Organisations).GroupBy(o => o.Ref).ToDictionary(g => g.Key, g => g.First());
        var funders = batch.SelectMany(o => o.Funding.Select(f => f.ProviderRef)).ToHashSet(StringComparer.Ordinal);
        var missing = named.Keys.Where(r => !_organisations.ContainsKey(r)).ToList();
        if (missing.Count == 0) return;
        foreach (var found in await db.Organisations.Where(o => missing.Contains(o.IatiIdentifier!))
                     .Select(o => new { o.IatiIdentifier, o.Id }).ToListAsync(cancellationToken))
            _organisations[found.IatiIdentifier!] = found.Id;
        var created = new List<Organisation>();
        foreach (var reference in missing.Where(r => !_organisations.ContainsKey(r)))
        {
            var mapped = named[reference];
            var organisation = new Organisation
            {
                Name = NarrativeText.ToText(mapped.Name),
                Kind = OrganisationMapping.Kind(reference, mapped.Type, funders.Contains(reference)),
                IatiIdentifier = reference,
            };
            db.Organisations.Add(organisation);
            created.Add(organisation);
        }
        await db.SaveChangesAsync(cancellationToken);
        foreach (var organisation in created) _organisations[organisation.IatiIdentifier!] = organisation.Id;
        OrganisationsCreated += created.Count;
    }

    private (int Organisation, int Country) KeyOf(MappedOutcome outcome) =>
        (_organisations[outcome.ReportingOrg.Ref], _countries[outcome.CountryCode]);

    private async Task MissingFrameworksAsync(IReadOnlyList<MappedOutcome> batch, CancellationToken cancellationToken)
    {
        var missing = batch.GroupBy(KeyOf).Where(g => !_frameworks.ContainsKey(g.Key)).ToDictionary(g => g.Key, g => g.First());
        if (missing.Count == 0) return;
        var organisations = missing.Keys.Select(k => k.Organisation).Distinct().ToList();
        var countries = missing.Keys.Select(k => k.Country).Distinct().ToList();
        var found = await db.ResultsFrameworks.Where(f => organisations.Contains(f.OrganisationId) && countries.Contains(f.CountryId))
            .OrderBy(f => f.Id).Select(f => new { f.Id, f.OrganisationId, f.CountryId }).ToListAsync(cancellationToken);
        foreach (var framework in found) _frameworks.TryAdd((framework.OrganisationId, framework.CountryId), framework.Id);
        var toCreate = missing.Where(m => !_frameworks.ContainsKey(m.Key)).ToList();
        if (toCreate.Count == 0) return;
        var countryIds = toCreate.Select(m => m.Key.Country).Distinct().ToList();
        var countryNames = await db.Countries.Where(c => countryIds.Contains(c.Id)).Select(c => new { c.Id, c.Name })
            .ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var created = new List<((int, int) Key, ResultsFramework Framework)>();
        foreach (var (key, outcome) in toCreate)
        {
            var title = new LocalizedText();
            foreach (var name in outcome.ReportingOrg.Name)
                title.Set(name.Language, $"{name.Value} · {countryNames[key.Country].In(name.Language)}");
            var framework = new ResultsFramework { CountryId = key.Country, OrganisationId = key.Organisation, Title = title };
            db.ResultsFrameworks.Add(framework);
            created.Add((key, framework));
        }
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (key, framework) in created) _frameworks[key] = framework.Id;
        FrameworksCreated += created.Count;
    }

    /// <summary>Every name the IATI Country codelist gives (English, sometimes French), or the code itself.</summary>
    private static LocalizedText CountryName(string code)
    {
        var item = IatiCodelists.Embedded.Get(CodelistNames.Country)?.Find(code);
        var text = new LocalizedText();
        if (item is null || item.Names.Count == 0) return text.Set(LanguageCode.Fallback, code);
        foreach (var (language, name) in item.Names) text.Set(NarrativeText.Language(language, LanguageCode.Fallback), name);
        return text;
    }

    /// <summary>ISO 3166 alpha-3 from the platform's region data; the alpha-2 code where the platform does not know it.</summary>
    private static string Iso3(string code)
    {
        try
        {
            return new RegionInfo(code).ThreeLetterISORegionName;
        }
        catch (ArgumentException)
        {
            return code;
        }
    }
}
