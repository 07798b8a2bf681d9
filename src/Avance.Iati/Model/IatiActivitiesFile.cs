namespace Avance.Iati.Model;

/// <summary>The header of an activity file: the attributes of its <c>iati-activities</c> root.</summary>
public sealed record IatiActivitiesFile(string Version, DateTimeOffset? GeneratedDateTime);

/// <summary>
/// Where an activity was read from. Not part of the activity's content, so it is left out when activities are
/// compared: use <c>activity with { Source = null }</c>.
/// </summary>
/// <param name="Version">The root <c>@version</c> of the file the activity came from.</param>
/// <param name="LineNumber">Line of the <c>iati-activity</c> start tag (1-based).</param>
/// <param name="LinePosition">
/// Column of the element name in the <c>iati-activity</c> start tag (1-based, just after the '&lt;').
/// </param>
/// <param name="UnmodelledElements">Elements inside the activity that the model does not hold and were skipped.</param>
public sealed record ActivitySource(string Version, int LineNumber, int LinePosition, int UnmodelledElements);
