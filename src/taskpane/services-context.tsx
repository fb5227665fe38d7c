/** Hands the PlanServices to every component, so tests can inject fakes and the pane never sees Excel. */
import { createContext, useContext, type ReactNode } from "react";
import type { PlanServices } from "./services";

const ServicesContext = createContext<PlanServices | null>(null);

export function ServicesProvider({ services, children }: { services: PlanServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): PlanServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error("useServices must be used inside <ServicesProvider>.");
  return services;
}
