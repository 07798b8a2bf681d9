using System.Collections.Concurrent;
using System.Reflection;

namespace Avance.Iati.Codes;

/// <summary>
/// The IATI codelists carried in this library, each read from its embedded file the first time it is asked for.
/// Safe to share between threads.
/// </summary>
public sealed class IatiCodelists
{
    private const string ResourcePrefix = "Avance.Iati.Codelists.";
    private const string ResourceSuffix = ".xml";

    private static readonly Lazy<IatiCodelists> EmbeddedLists = new(() => new IatiCodelists());

    private readonly Assembly _assembly = typeof(IatiCodelists).Assembly;
    private readonly IReadOnlyDictionary<string, Lazy<Codelist>> _lists;

    private IatiCodelists()
    {
        _lists = _assembly.GetManifestResourceNames()
            .Where(resource => resource.StartsWith(ResourcePrefix, StringComparison.Ordinal)
                && resource.EndsWith(ResourceSuffix, StringComparison.Ordinal))
            .ToDictionary(
                resource => resource[ResourcePrefix.Length..^ResourceSuffix.Length],
                resource => new Lazy<Codelist>(() => Load(resource)),
                StringComparer.Ordinal);
    }

    /// <summary>The codelists embedded in this library (IATI 2.03).</summary>
    public static IatiCodelists Embedded => EmbeddedLists.Value;

    /// <summary>Names of all codelists available, e.g. <c>Sector</c>, <c>UNSDG-Goals</c>.</summary>
    public IReadOnlyCollection<string> Names => _lists.Keys.ToList();

    /// <summary>Whether a codelist of that name is available.</summary>
    public bool Contains(string list) => _lists.ContainsKey(list);

    /// <summary>The codelist called <paramref name="list"/>, or null when there is none of that name.</summary>
    public Codelist? Get(string list) => _lists.GetValueOrDefault(list)?.Value;

    /// <summary>
    /// The name of <paramref name="code"/> in <paramref name="language"/> (e.g. <c>es</c>, <c>fr</c>, <c>es-MX</c>),
    /// in English when the codelist has no name in that language; null for an unknown list or code.
    /// </summary>
    public string? Name(string list, string code, string language) => Get(list)?.Find(code)?.Name(language);

    /// <summary>Whether <paramref name="code"/> is in the codelist, active or withdrawn.</summary>
    public bool IsKnown(string list, string code) => Get(list)?.Find(code) is not null;

    /// <summary>Whether <paramref name="code"/> is in the codelist and withdrawn.</summary>
    public bool IsWithdrawn(string list, string code) => Get(list)?.Find(code)?.Status == CodeStatus.Withdrawn;

    private Codelist Load(string resource)
    {
        using var stream = _assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded codelist {resource} is missing.");
        return CodelistReader.Read(stream);
    }
}
