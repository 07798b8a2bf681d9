using Avance.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Avance.Features.Authoring;

/// <summary>Ids of form fields and of their problem messages, from the field's name ("Targets[0].Year" → "f-Targets-0-Year").</summary>
public static class FieldIds
{
    public static string Of(string field) => "f-" + string.Concat(field.Select(c => char.IsLetterOrDigit(c) ? c : '-')).Replace("--", "-").TrimEnd('-');

    public static string Problem(string field) => Of(field) + "-problem";
}

/// <summary>
/// <c>&lt;field-problem for="Code" /&gt;</c>: the field's problem message when it has one, and after a conflict the value
/// someone else saved in it, when that differs from what this editor sent.
/// </summary>
[HtmlTargetElement("field-problem", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldProblemTagHelper(UiText text) : TagHelper
{
    public string For { get; set; } = "";

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        var problem = (ViewContext.ViewData[AuthoringPage.ErrorsKey] as FieldErrors)?.For(For);
        var theirs = (ViewContext.ViewData[FormValues.TheirsKey] as IReadOnlyDictionary<string, string>)?.GetValueOrDefault(For);
        if (problem is null && theirs is null)
        {
            output.SuppressOutput();
            return;
        }
        if (problem is not null)
            output.Content.AppendHtml($"<p class=\"field-problem\" id=\"{FieldIds.Problem(For)}\">").Append(problem).AppendHtml("</p>");
        if (theirs is not null)
            output.Content.AppendHtml("<p class=\"theirs\">").Append(text["Authoring_TheirValue", theirs]).AppendHtml("</p>");
    }
}

/// <summary><c>problem-for="Code"</c> on an input, select, textarea or fieldset: marks it invalid and points at its message.</summary>
[HtmlTargetElement("input", Attributes = "problem-for", TagStructure = TagStructure.WithoutEndTag)]
[HtmlTargetElement("select", Attributes = "problem-for")]
[HtmlTargetElement("textarea", Attributes = "problem-for")]
[HtmlTargetElement("fieldset", Attributes = "problem-for")]
public sealed class ProblemAttributesTagHelper : TagHelper
{
    [HtmlAttributeName("problem-for")]
    public string For { get; set; } = "";

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!((ViewContext.ViewData[AuthoringPage.ErrorsKey] as FieldErrors)?.Has(For) ?? false)) return;
        output.Attributes.SetAttribute("aria-invalid", "true");
        output.Attributes.SetAttribute("aria-describedby", FieldIds.Problem(For));
    }
}
