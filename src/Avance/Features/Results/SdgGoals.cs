using System.Globalization;
using Avance.Web;

namespace Avance.Features.Results;

/// <summary>The 17 Sustainable Development Goals, named in the interface language (Results resources).</summary>
public static class SdgGoals
{
    public const int First = 1;
    public const int Last = 17;

    public static IEnumerable<int> All => Enumerable.Range(First, Last - First + 1);

    /// <summary>The goal a goal ("5") or target ("5.2") code belongs to; null for a code that names no goal.</summary>
    public static int? GoalOf(string sdgCode) =>
        int.TryParse(sdgCode.Split('.')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var goal) && goal is >= First and <= Last
            ? goal
            : null;

    /// <summary>"Gender equality" / "Igualdad de género".</summary>
    public static string Name(int goal, string language) =>
        UiText.Get($"Results_SdgGoal_{goal}", CultureInfo.GetCultureInfo(language));
}
