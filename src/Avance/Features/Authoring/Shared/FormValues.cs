using System.Collections;
using System.Globalization;
using Avance.Web;

namespace Avance.Features.Authoring;

/// <summary>
/// The fields of a form as a person reads them, for showing, after a conflict, what someone else saved where it differs
/// from what this editor sent. Choices are shown by their label (<paramref name="ChoicePrefixes"/>: field → interface
/// text prefix); Ids by the label of the field's option (<paramref name="Options"/>: field → options).
/// </summary>
public sealed record FormValues(UiText Text, IReadOnlyDictionary<string, string> ChoicePrefixes, IReadOnlyDictionary<string, IReadOnlyList<Option>> Options)
{
    public const string TheirsKey = "Avance.Authoring.Theirs";

    /// <summary>Each field of <paramref name="theirs"/> whose value differs from <paramref name="mine"/>'s, as shown to people.</summary>
    public Dictionary<string, string> Differing(object mine, object theirs)
    {
        var own = Read(mine);
        return Read(theirs).Where(f => own.GetValueOrDefault(f.Key) != f.Value).ToDictionary(f => f.Key, f => f.Value);
    }

    private Dictionary<string, string> Read(object form) =>
        form.GetType().GetProperties().ToDictionary(p => p.Name, p => Shown(p.Name, p.GetValue(form)));

    private string Shown(string field, object? value) => value switch
    {
        null or "" => Text["Authoring_Empty"],
        string s when string.IsNullOrWhiteSpace(s) => Text["Authoring_Empty"],
        bool b => Text[b ? "Authoring_Yes" : "Authoring_No"],
        BilingualText t when BilingualText.IsEmpty(t) => Text["Authoring_Empty"],
        BilingualText t => $"{Text["Authoring_Language_en"]}: {t.En?.Trim()} · {Text["Authoring_Language_es"]}: {t.Es?.Trim()}",
        string s => Item(field, s.Trim()),
        IEnumerable list => Joined(field, list.Cast<object>().Select(i => Convert.ToString(i, CultureInfo.InvariantCulture) ?? "")),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private string Item(string field, string value) =>
        ChoicePrefixes.TryGetValue(field, out var prefix) ? Text[prefix + value]
        : Options.TryGetValue(field, out var options) ? options.FirstOrDefault(o => o.Value == value)?.Label ?? value
        : value;

    private string Joined(string field, IEnumerable<string> items)
    {
        var shown = items.Where(i => i.Length > 0).Select(i => Item(field, i)).ToList();
        return shown.Count == 0 ? Text["Authoring_Empty"] : string.Join("; ", shown);
    }
}
