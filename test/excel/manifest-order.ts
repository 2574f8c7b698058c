/**
 * The children of <OfficeApp> in the order the add-in manifest schema's xs:sequence requires (TaskPaneApp; the
 * elements this manifest uses): https://learn.microsoft.com/javascript/api/manifest/officeapp. Both manifests, the
 * development one and the production one the build writes, are checked against it.
 */
export const OFFICE_APP_ORDER = [
  'Id',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'VersionOverrides',
];
