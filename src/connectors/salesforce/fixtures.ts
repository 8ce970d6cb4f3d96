/** Answers of the Salesforce REST API (v60.0) as the API reference shows them, replayed by the tests' local server. */

const account = (id: string, name: string, industry: string | null) => ({
  attributes: { type: "Account", url: `/services/data/v60.0/sobjects/Account/${id}` },
  Id: id,
  Name: name,
  Industry: industry,
});

export const queryPage1 = {
  totalSize: 3,
  done: false,
  nextRecordsUrl: "/services/data/v60.0/query/01gRO0000016PIAYA2-2000",
  records: [account("001RO000003Bk7hYAC", "Edge Communications", "Electronics"), account("001RO000003Bk7iYAC", "Burlington Textiles Corp of America", "Apparel")],
};

export const queryPage2 = {
  totalSize: 3,
  done: true,
  records: [account("001RO000003Bk7jYAC", "Pyramid Construction Inc.", null)],
};

export const accountRecord = {
  attributes: { type: "Account", url: "/services/data/v60.0/sobjects/Account/001RO000003Bk7hYAC" },
  Id: "001RO000003Bk7hYAC",
  Name: "Edge Communications",
  Industry: "Electronics",
  AnnualRevenue: 139000000,
  BillingAddress: { city: "Austin", country: "US", geocodeAccuracy: null, latitude: null, longitude: null, postalCode: null, state: "TX", street: "312 Constitution Place\nAustin, TX 78767\nUSA" },
};

export const createdResult = { id: "001RO000003Bk8AYAS", success: true, errors: [] };

export const upsertCreated = { id: "001RO000003Bk8BYAS", success: true, errors: [], created: true };
export const upsertUpdated = { id: "001RO000003Bk7hYAC", success: true, errors: [], created: false };

export const upsertMultipleChoices = ["/services/data/v60.0/sobjects/Account/001RO000003Bk7hYAC", "/services/data/v60.0/sobjects/Account/001RO000003Bk7iYAC"];

export const describeAccount = {
  name: "Account",
  label: "Account",
  custom: false,
  createable: true,
  fields: [
    { name: "Id", label: "Account ID", type: "id", nillable: false, updateable: false, externalId: false, length: 18 },
    { name: "Name", label: "Account Name", type: "string", nillable: false, updateable: true, externalId: false, length: 255 },
    { name: "ERP_Id__c", label: "ERP Id", type: "string", nillable: true, updateable: true, externalId: true, length: 40 },
  ],
  urls: { sobject: "/services/data/v60.0/sobjects/Account", describe: "/services/data/v60.0/sobjects/Account/describe" },
};

export const limits = {
  DailyApiRequests: { Max: 15000, Remaining: 14998 },
  DataStorageMB: { Max: 5, Remaining: 5 },
};

/** 400 on a SOQL query naming a field the object does not have (the message quotes the query). */
export const invalidFieldError = [
  {
    message:
      "\nSELECT Id, Nme FROM Account\n           ^\nERROR at Row:1:Column:12\nNo such column 'Nme' on entity 'Account'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.",
    errorCode: "INVALID_FIELD",
  },
];

/** 400 on a create without a required field. */
export const requiredFieldError = [{ message: "Required fields are missing: [Name]", errorCode: "REQUIRED_FIELD_MISSING", fields: ["Name"] }];

export const sessionExpiredError = [{ message: "Session expired or invalid", errorCode: "INVALID_SESSION_ID" }];

export const notFoundError = [{ errorCode: "NOT_FOUND", message: "The requested resource does not exist" }];

const lead = (id: string, name: string, email: string | null, company: string, createdDate: string) => ({
  attributes: { type: "Lead", url: `/services/data/v60.0/sobjects/Lead/${id}` },
  Id: id,
  Name: name,
  Email: email,
  Company: company,
  CreatedDate: createdDate,
});

export const newLeadsPage = {
  totalSize: 2,
  done: true,
  records: [
    lead("00QRO000001aB1cYAE", "Bertha Boxer", "bertha@fcof.net", "Farmers Coop. of Florida", "2024-05-14T09:21:33.000+0000"),
    lead("00QRO000001aB1dYAE", "Phyllis Cotton", null, "Abbott Insurance", "2024-05-14T11:02:07.000+0000"),
  ],
};

export const noLeadsPage = { totalSize: 0, done: true, records: [] };
