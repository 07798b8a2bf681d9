using System.Linq.Expressions;
using Avance.Domain;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Avance.Data;

/// <summary>
/// Picks a text's wording in one language inside a query, so the database returns the one string a page shows
/// instead of every translation of every text (which took most of a page's time).
/// </summary>
public static class TextInLanguage
{
    /// <summary>
    /// The text in the asked language, else English, else the first language by code. In a query it becomes one
    /// correlated subquery; <paramref name="language"/> must already be a normalised code, as <see cref="Web.Languages"/> gives.
    /// </summary>
    public static string? Pick(LocalizedText? text, string language) => text?.In(language);

    /// <summary>What <see cref="Pick"/> means to the database: the wording ordered by preference, the first one taken.</summary>
    internal static readonly Expression<Func<LocalizedText, string, string?>> Translation = (text, language) =>
        text.Translations
            .OrderBy(t => t.Language == language ? 0 : t.Language == LanguageCode.Fallback ? 1 : 2)
            .ThenBy(t => t.Language)
            .Select(t => t.Value)
            .FirstOrDefault();
}

/// <summary>Rewrites calls to <see cref="TextInLanguage.Pick"/> in a query into <see cref="TextInLanguage.Translation"/> before EF translates it.</summary>
internal sealed class TextInLanguageExpansion : ExpressionVisitor, IQueryExpressionInterceptor
{
    public static readonly TextInLanguageExpansion Instance = new();

    private static readonly System.Reflection.MethodInfo PickMethod = typeof(TextInLanguage).GetMethod(nameof(TextInLanguage.Pick))!;

    public Expression QueryCompilationStarting(Expression queryExpression, QueryExpressionEventData eventData) => Visit(queryExpression);

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        if (node.Method != PickMethod) return base.VisitMethodCall(node);
        var template = TextInLanguage.Translation;
        return new ParameterReplacer(new Dictionary<ParameterExpression, Expression>
        {
            [template.Parameters[0]] = Visit(node.Arguments[0]),
            [template.Parameters[1]] = Visit(node.Arguments[1]),
        }).Visit(template.Body);
    }

    private sealed class ParameterReplacer(IReadOnlyDictionary<ParameterExpression, Expression> replacements) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            replacements.TryGetValue(node, out var replacement) ? replacement : node;
    }
}
