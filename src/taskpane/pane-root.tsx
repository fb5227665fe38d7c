/** Everything around <App>: the Fluent theme and the services. Shared by index.tsx and the tests. */
import { FluentProvider, type Theme } from "@fluentui/react-components";
import { App } from "./App";
import { ServicesProvider } from "./services-context";
import type { PlanServices } from "./services";

export function PaneRoot({ services, theme }: { services: PlanServices; theme: Theme }) {
  return (
    <FluentProvider theme={theme} lang="en-GB">
      <ServicesProvider services={services}>
        <App />
      </ServicesProvider>
    </FluentProvider>
  );
}
