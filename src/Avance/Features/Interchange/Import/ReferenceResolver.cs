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
    public async Task<Dictionary<string, int>> FrameworksAsync(IReadOnlyList<MappedOutcome> batch, CancellationToken cancellationToken)
    {
        await CountriesAsync(batch.Select(o => o.CountryCode).Distinct().ToList(), cancellationToken);
        await OrganisationsAsync(batch, cancellationToken);
        var frameworks = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var outcome in batch)
            frameworks[outcome.Identifier] = await FrameworkAsync(outcome, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return frameworks;
    }

    private async Task CountriesAsync(List<string> codes, CancellationToken cancellationToken)
    {
        var missing = codes.Where(c => !_countries.ContainsKey(c)).ToList();
        if (missing.Count == 0) return;
        foreach (var found in await db.Countries.Where(c => missing.Contains(c.Iso2)).Select(c => new { c.Iso2, c.Id }).ToListAsync(cancellationToken))
            _countries[found.Iso2] = found.Id;
        foreach (var code in missing.Where(c => !_countries.ContainsKey(c)))
        {
            var country = new Country { Iso2 = code, Iso3 = Iso3(code), Name = CountryName(code) };
            db.Countries.Add(country);
            await db.SaveChangesAsync(cancellationToken);
            _countries[code] = country.Id;
            CountriesCreated++;
        }
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

    private async Task<int> FrameworkAsync(MappedOutcome outcome, CancellationToken cancellationToken)
    {
        var key = (Organisation: _organisations[outcome.ReportingOrg.Ref], Country: _countries[outcome.CountryCode]);
        if (_frameworks.TryGetValue(key, out var known)) return known;
        var existing = await db.ResultsFrameworks.Where(f => f.OrganisationId == key.Organisation && f.CountryId == key.Country)
            .OrderBy(f => f.Id).Select(f => (int?)f.Id).FirstOrDefaultAsync(cancellationToken);
        if (existing is null)
        {
            var countryName = await db.Countries.Where(c => c.Id == key.Country).Select(c => c.Name).FirstAsync(cancellationToken);
            var title = new LocalizedText();
            foreach (var name in outcome.ReportingOrg.Name)
                title.Set(name.Language, $"{name.Value} · {countryName.In(name.Language)}");
            var framework = new ResultsFramework { CountryId = key.Country, OrganisationId = key.Organisation, Title = title };
            db.ResultsFrameworks.Add(framework);
            await db.SaveChangesAsync(cancellationToken);
            existing = framework.Id;
            FrameworksCreated++;
        }
        _frameworks[key] = existing.Value;
        return existing.Value;
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
