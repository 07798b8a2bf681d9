using Microsoft.Extensions.Options;

namespace Avance.Features.Mail;

public static class MailServices
{
    /// <summary>SMTP when Avance:Mail:Smtp:Host is set, otherwise the mail folder.</summary>
    public static IServiceCollection AddAvanceMail(this IServiceCollection services)
    {
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section);
        services.AddSingleton<FolderMailSender>();
        services.AddSingleton<SmtpMailSender>();
        services.AddSingleton<IMailSender>(provider =>
            string.IsNullOrWhiteSpace(provider.GetRequiredService<IOptions<MailOptions>>().Value.Smtp.Host)
                ? provider.GetRequiredService<FolderMailSender>()
                : provider.GetRequiredService<SmtpMailSender>());
        return services;
    }
}
