namespace Avance.Domain;

/// <summary>A rule of the domain was broken (a forbidden transition, an impossible value). Code is stable for clients.</summary>
public sealed class DomainRuleException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
