using SubscriberSdk.Generator.Cli;

return GeneratorApp.Run(args, Console.Out, Console.Error, Environment.CurrentDirectory);
