using Avance.Domain;

namespace Avance.Features.Frameworks;

/// <summary>An indicator of a global framework that plan indicators can be linked to.</summary>
public sealed class GlobalIndicator
{
    public int Id { get; private set; }
    public required GlobalFramework Framework { get; set; }
    /// <summary>"5.5.1" for an SDG indicator; "1" … "26" for the Secretary-General's resolution 1325 indicators.</summary>
    public required string Code { get; set; }
    public required LocalizedText Title { get; set; }
}

public enum GlobalFramework { Sdg, Resolution1325 }
