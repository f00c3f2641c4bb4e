export { availabilityEndpoint as GET } from '../../../../../registrations/endpoints'
