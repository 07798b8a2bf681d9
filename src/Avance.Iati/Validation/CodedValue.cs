namespace Avance.Iati.Validation;

/// <summary>A code found in an activity, where it is, and the codelist it must come from.</summary>
internal sealed record CodedValue(string Location, string Codelist, string Code);
