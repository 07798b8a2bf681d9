using System.Globalization;

namespace Avance.Features.Authoring;

/// <summary>The form of a pillar, objective, line of action or activity as the browser posts it.</summary>
public sealed class StructureForm
{
    public string? Number { get; set; }
    public BilingualText Text { get; set; } = new();
    public List<int> Responsible { get; set; } = [];
    public List<int> CoResponsible { get; set; } = [];

    public StructureFields Read(FieldChecks checks) => new()
    {
        Number = checks.WholeNumber("Number", Number), Text = Text, Responsible = Responsible, CoResponsible = CoResponsible,
    };

    public static StructureForm From(StructureFields fields) => new()
    {
        Number = fields.Number?.ToString(CultureInfo.InvariantCulture), Text = fields.Text ?? new(),
        Responsible = [.. fields.Responsible ?? []], CoResponsible = [.. fields.CoResponsible ?? []],
    };
}
