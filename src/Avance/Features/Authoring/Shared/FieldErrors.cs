namespace Avance.Features.Authoring;

/// <summary>
/// What is wrong with a submitted form or request, per field, in the request's language. Field names are the input's
/// property names ("Code", "Title", "Targets[2].Year"): the page shows each message beside its field, the API returns
/// them as a validation problem.
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public bool Any => errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var messages)) errors[field] = messages = [];
        if (!messages.Contains(message)) messages.Add(message);
    }

    public bool Has(string field) => errors.ContainsKey(field);

    public string? For(string field) => errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    public IEnumerable<(string Field, string Message)> All => errors.SelectMany(e => e.Value.Select(m => (e.Key, m)));

    /// <summary>For ValidationProblem: keys in the API's camelCase ("title", "targets[2].year").</summary>
    public Dictionary<string, string[]> ForApi() =>
        errors.ToDictionary(e => CamelCase(e.Key), e => e.Value.ToArray(), StringComparer.Ordinal);

    private static string CamelCase(string path) =>
        string.Join('.', path.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
