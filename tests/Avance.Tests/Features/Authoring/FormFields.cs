using System.Net;
using System.Text.RegularExpressions;

namespace Avance.Tests.Features.Authoring;

/// <summary>
/// What a browser would post from a page's editing form: inputs, checked checkboxes (several per name), chosen options
/// and textareas, with the antiforgery token. The workspace forms use no script, so this is all a browser sends.
/// </summary>
internal sealed partial class FormFields
{
    private readonly List<KeyValuePair<string, string>> values = [];

    /// <summary>The single value of a field; setting it replaces every value the field had.</summary>
    public string this[string name]
    {
        get => values.First(v => v.Key == name).Value;
        set
        {
            values.RemoveAll(v => v.Key == name);
            values.Add(new(name, value));
        }
    }

    public IReadOnlyList<KeyValuePair<string, string>> Pairs => values;

    public IEnumerable<string> All(string name) => values.Where(v => v.Key == name).Select(v => v.Value);

    public void Add(string name, string value) => values.Add(new(name, value));

    public void Remove(string name) => values.RemoveAll(v => v.Key == name);

    public static FormFields Read(string page)
    {
        var form = Form().Match(page).Value;
        var fields = new FormFields();
        foreach (Match input in Input().Matches(form))
        {
            var tag = input.Value;
            if (Attribute(tag, "name") is not { } name) continue;
            if (Attribute(tag, "type") == "checkbox" && !tag.Contains(" checked", StringComparison.Ordinal)) continue;
            fields.Add(name, Attribute(tag, "value") ?? "");
        }
        foreach (Match select in Select().Matches(form))
        {
            var chosen = Selected().Match(select.Groups[2].Value);
            fields[select.Groups[1].Value] = chosen.Success ? WebUtility.HtmlDecode(chosen.Groups[1].Value) : "";
        }
        foreach (Match area in TextArea().Matches(form)) fields[area.Groups[1].Value] = WebUtility.HtmlDecode(area.Groups[2].Value);
        return fields;
    }

    /// <summary>Opens the page, reads its form, lets <paramref name="change"/> edit it, and posts it where the form posts.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string pageUrl, Action<FormFields> change, string? action = null)
    {
        var fields = Read(await client.GetStringAsync(pageUrl));
        change(fields);
        return await client.PostAsync(action ?? pageUrl, new FormUrlEncodedContent(fields.values));
    }

    private static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    [GeneratedRegex("<form method=\"post\"[^>]*class=\"form[^\"]*\"[^>]*>.*?</form>", RegexOptions.Singleline)]
    private static partial Regex Form();

    [GeneratedRegex("<input [^>]*>")]
    private static partial Regex Input();

    [GeneratedRegex("<select [^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex Select();

    [GeneratedRegex("<option value=\"([^\"]*)\" selected=\"selected\"")]
    private static partial Regex Selected();

    [GeneratedRegex("<textarea [^>]*name=\"([^\"]+)\"[^>]*>(.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex TextArea();
}
