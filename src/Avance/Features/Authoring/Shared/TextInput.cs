namespace Avance.Features.Authoring;

/// <summary>
/// A text's English and Spanish inputs in a form: <paramref name="Field"/> names it for labels and problems ("Title"),
/// <paramref name="Prefix"/> is where the form binds it ("Form.Title"); <paramref name="Label"/> is another field's label to show.
/// </summary>
public sealed record TextInput(string Field, string Prefix, BilingualText? Value, bool Multiline = false, bool Required = false, string? Label = null);

/// <summary>A group of checkboxes choosing organisations (or any other options) for a list field of the form.</summary>
public sealed record CheckboxesInput(string Field, string Name, IReadOnlyList<Option> Options, IReadOnlyCollection<string> Checked);
