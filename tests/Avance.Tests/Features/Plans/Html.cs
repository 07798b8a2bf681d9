namespace Avance.Tests.Features.Plans;

internal static class Html
{
    public static int Count(string needle, string haystack) =>
        (haystack.Length - haystack.Replace(needle, "", StringComparison.Ordinal).Length) / needle.Length;
}
