using System.ClientModel;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using OpenAI;
using Qingmeng.PolicyMatch.Application;
using Qingmeng.PolicyMatch.Application.Consultant;
using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.PolicyMatch.Infrastructure.Consultant;
using Qingmeng.PolicyMatch.Model.Consultant;
using Qingmeng.PolicyMatch.Operations;

namespace Qingmeng.PolicyMatch.Extensions;

public static class ConsultantRegistration
{
    /// <summary>
    /// The consultant: its index, the answerer chosen by <see cref="ConsultantOptions.Mode"/> (built-in extractive by
    /// default; an OpenAI-compatible model when configured) and its metrics.
    /// </summary>
    public static IHostApplicationBuilder AddPolicyConsultant(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ConsultantOptions>().BindConfiguration(ConsultantOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<PassageIndex>();
        builder.Services.AddSingleton<ConsultantMetrics>();
        builder.Services.AddSingleton<ExtractiveChatClient>();
        builder.Services.AddSingleton<IChatClient>(services =>
        {
            var options = services.GetRequiredService<IOptions<ConsultantOptions>>().Value;
            if (options.Mode != ConsultantMode.Model)
            {
                return services.GetRequiredService<ExtractiveChatClient>();
            }
            var client = new OpenAIClient(new ApiKeyCredential(options.ApiKey ?? "unset"), new OpenAIClientOptions { Endpoint = options.Endpoint });
            return client.GetChatClient(options.Model).AsIChatClient();
        });
        builder.Services.AddSingleton<PolicyConsultant>();
        // The asker's own cases come from governance with the asker's token; the platform's defaults add service
        // discovery and the standard resilience handler to this client.
        builder.Services.AddHttpClient<GovernanceCasesClient>((services, http) =>
            http.BaseAddress = services.GetRequiredService<IOptions<ConsultantOptions>>().Value.GovernanceAddress);
        builder.Services.AddScoped<OwnItemsAnswerer>();
        builder.Services.AddSingleton<ConsultantIndexLoader>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ConsultantIndexLoader>());
        return builder;
    }
}
