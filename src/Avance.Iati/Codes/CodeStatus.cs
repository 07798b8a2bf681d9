namespace Avance.Iati.Codes;

/// <summary>Whether a code may still be used in new data.</summary>
public enum CodeStatus
{
    /// <summary>The code is in use.</summary>
    Active,

    /// <summary>IATI has withdrawn the code; old data may still carry it, new data should not.</summary>
    Withdrawn,
}
